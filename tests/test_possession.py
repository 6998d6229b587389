"""Whose is what: possessives in questions and facts, and the conflict check between them."""

import pytest

from bot.engine._possession import (
    apposed_doers,
    asked_deed,
    doers,
    merge,
    name_owners,
    possessions,
    possessive_runs,
    qualifiers,
    wrong_owner,
    wrong_qualifier,
)

NAMES = {
    *("apple", "alibaba", "vivo", "china", "wisdom", "spectrum", "ai", "hong", "kong", "u.s."),
    *("tongyi", "meta", "llama"),
}


def owned(text: str) -> dict[str, set[str]]:
    return possessions(text, NAMES.__contains__)


def test_owner_first_in_another_languages_order() -> None:
    owned = possessions("meta llama have how many derivative model", NAMES.__contains__)
    assert owned == {"deriv": {"meta", "llama"}, "model": {"meta", "llama"}}
    # A name inside what is counted owns it: Qwen's models, on Hugging Face.
    names = NAMES | {"hugging", "face", "qwen"}
    assert possessions("hugging face has how many qwen models", names.__contains__) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "what is vivo's market share", {"market": {"vivo"}, "share": {"vivo"}}, id="possessive"
        ),
        pytest.param(
            "alibaba's hong kong stock price rose",
            {"stock": {"alibaba"}, "price": {"alibaba"}},
            id="names-skipped",
        ),
        pytest.param(
            "alibaba's u.s. shares surged.",
            {"share": {"alibaba"}, "surg": {"alibaba"}},
            id="abbreviation",
        ),
        pytest.param(
            "in partnership with china's wisdom spectrum ai.", {}, id="a-name-is-not-owned"
        ),
        pytest.param(
            "what is wisdom spectrum ai's model",
            {"model": {"wisdom", "spectrum", "ai"}},
            id="many-word-owner",
        ),
        pytest.param("the revenue of apple fell", {"revenu": {"appl"}}, id="of"),
        # Both a possessive and "of": the thing is both's, as a fact may word it either way.
        pytest.param(
            "apple's lack of ai features",
            {"lack": {"apple", "ai"}},
            id="possessive-and-of",
        ),
        pytest.param("the team's manpower", {}, id="not-a-name"),
        # A plural's possessive keeps its "s": "companies" is no name.
        pytest.param("did both companies' shares rise", {}, id="plural-not-a-name"),
        pytest.param("today's news", {}, id="vague-owner"),
        pytest.param(
            "how many derivative models does meta's llama have",
            {"deriv": {"meta"}, "model": {"meta"}},
            id="does-x-have",
        ),
        pytest.param(
            "80,000 derivative models based on the tongyi model",
            {"deriv": {"tongyi"}, "model": {"tongyi"}},
            id="based-on",
        ),
    ],
)
def test_possessions(text: str, expected: dict[str, set[str]]) -> None:
    from bot.engine._normalize import stem

    want = {word: {stem(owner) for owner in owners} for word, owners in expected.items()}
    assert owned(text) == want


def test_another_owner_conflicts() -> None:
    fact = merge([owned("apple's revenue in greater china fell by 7.7%")])
    assert wrong_owner(merge([owned("how much did vivo's revenue fall")]), fact)
    assert not wrong_owner(merge([owned("how much did apple's revenue fall")]), fact)
    # Another word for the same thing: "sales" for "revenue".
    sales = merge([owned("did vivo's sales go up")])
    assert not wrong_owner(sales, fact)
    assert wrong_owner(sales, fact, lambda word: ("revenu",) if word == "sale" else ())


def test_no_stated_owner_is_not_judged() -> None:
    fact = merge([owned("revenue fell by 7.7%")])
    assert not wrong_owner(merge([owned("how much did vivo's revenue fall")]), fact)


def test_one_shared_owner_is_enough() -> None:
    fact = merge([owned("alibaba's stock and apple's stock rose")])
    assert not wrong_owner(merge([owned("did apple's stock rise")]), fact)


def test_qualifiers() -> None:
    assert qualifiers("alibaba's hong kong stock price rose", NAMES.__contains__) == {
        "stock": {"hong", "kong"},
        "price": {"hong", "kong"},
    }
    assert qualifiers("alibaba's u.s.-listed stock", NAMES.__contains__) == {"stock": {"u.s."}}
    assert qualifiers("alibaba's stock rose", NAMES.__contains__) == {}
    # A stricter test for places: a misspelt month read as rare is no place.
    loose = NAMES | {"febuary"}
    assert qualifiers("alibaba's stock rise on febuary 11", loose.__contains__) == {
        "stock": {"febuary"},
        "rise": {"febuary"},
    }
    assert (
        qualifiers("alibaba's stock rise on febuary 11", loose.__contains__, NAMES.__contains__)
        == {}
    )


def test_another_qualifier_conflicts() -> None:
    def forms(word: str) -> tuple[str, ...]:
        return {"share": ("stock",), "stock": ("share",)}.get(word, ())

    asked = {"share": {"hong", "kong"}}
    assert wrong_qualifier(asked, {"stock": {"u.s."}}, forms)  # another form of the word
    assert not wrong_qualifier(asked, {"stock": {"hong", "kong"}}, forms)
    assert not wrong_qualifier(asked, {"revenu": {"u.s."}}, forms)  # not about shares: not judged


def test_doers_are_the_names_just_before_a_word() -> None:
    is_name = {*NAMES, "samsung"}.__contains__
    assert doers("on february 11, samsung unveiled its latest smartphone", is_name) == {
        "unveil": {"samsung"}
    }
    # Auxiliaries and adverbs may stand between; a possessive owns rather than does.
    assert doers("apple has also tested models", is_name) == {"test": {"appl"}}
    assert doers("samsung's phone sold", is_name) == {}
    # A name after "its" or "the" names a kind of thing: "its AI partner" is no partner "AI" did.
    assert doers("selected alibaba as its ai partner", is_name) == {}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param("what did apple unveil?", (frozenset({"appl"}), "unveil"), id="what-did"),
        pytest.param(
            "how did wisdom spectrum ai react",
            (frozenset({"wisdom", "spectrum", "ai"}), "react"),
            id="many-word-doer",
        ),
        pytest.param("what did the company unveil?", None, id="no-name"),
        pytest.param("why did apple?", None, id="no-verb"),
        pytest.param("who unveiled the galaxy s25?", None, id="asks-the-doer"),
        pytest.param("what did apple say?", (frozenset({"appl"}), "say"), id="speech"),
        pytest.param(
            "did apple announce alibaba the same day", (frozenset({"appl"}), "announc"), id="yes-no"
        ),
        pytest.param(
            "what did vivo's ceo say about it", (frozenset({"vivo"}), "say"), id="owned-speaker"
        ),
        pytest.param("what does apple's financial report show", None, id="report-is-owned"),
        # A thing reacting ("alibaba's shares respond to") reports nobody's words.
        pytest.param("how did vivo's shares respond to it", None, id="owned-thing-reacts"),
        pytest.param(
            "what did the vivo people say", (frozenset({"vivo"}), "say"), id="the-names-people"
        ),
        # "had" is the verb: the name does nothing asked.
        pytest.param("what place had the vivo style", None, id="the-name-not-a-doer"),
        pytest.param(
            "did vivo even respond", (frozenset({"vivo"}), "respond"), id="adverb-before-verb"
        ),
        # What someone thought of something is how they took it; what they held true is not.
        pytest.param(
            "what did vivo think of the deal", (frozenset({"vivo"}), "react"), id="think-of"
        ),
        pytest.param(
            "what did vivo think that it meant", (frozenset({"vivo"}), "think"), id="think-that"
        ),
        pytest.param("which phone did vivo unveil", (frozenset({"vivo"}), "unveil"), id="which"),
        pytest.param(
            "did vivo publicly deny it", (frozenset({"vivo"}), "deni"), id="publicly-adverb"
        ),
        # The question word after the verb; a time between the doer and the verb.
        pytest.param("vivo say what after it?", (frozenset({"vivo"}), "say"), id="in-situ"),
        pytest.param("vivo after this do what?", (frozenset({"vivo"}), "react"), id="in-situ-do"),
    ],
)
def test_asked_deed(question: str, expected: tuple[frozenset[str], str] | None) -> None:
    assert asked_deed(question, NAMES.__contains__) == expected


def test_possessive_runs_keep_the_order_of_what_is_owned() -> None:
    assert possessive_runs("how much did alibaba's concept stocks rise", NAMES.__contains__) == [
        (frozenset({"alibaba"}), ("concept", "stock", "rise"))
    ]
    assert possessive_runs("alibaba's hong kong stock", NAMES.__contains__) == [
        (frozenset({"alibaba"}), ("stock",))
    ]


def test_emphasis_and_a_place_after_what_is_owned() -> None:
    # "own" says nothing of what is owned; a place may follow it ("on the hong kong exchange").
    assert owned("did apple's own shares move") == {"share": {"appl"}, "move": {"appl"}}
    assert qualifiers("alibaba's shares on the hong kong exchange", NAMES.__contains__) == {
        "share": {"hong", "kong"}
    }
    assert qualifiers("alibaba's stock in hong kong", NAMES.__contains__) == {
        "stock": {"hong", "kong"}
    }


def test_doers_across_an_apposition() -> None:
    folded = "in a swift response, apple, its long-standing rival, announced later that evening"
    assert apposed_doers(folded, NAMES.__contains__) == {"announc": {"appl"}}


def test_a_name_is_owned_by_who_launched_it_or_owns_it_by_name() -> None:
    sentences = [
        (
            "in 2023, alibaba launched its independently developed tongyi qianwen large language"
            " model and tongyi app.",
            ["Alibaba", "Tongyi Qianwen", "Tongyi App"],
        ),
        # Not a name right after a possessive: which listing, not whose.
        ("alibaba's hong kong stock price", ["Alibaba", "Hong Kong"]),
        (
            'alibaba\'s ai model community, "modelscope," offers models.',
            ["Alibaba", "AI", "ModelScope"],
        ),
        # A country owns nothing; nor is a name further on the possessive's.
        ("china's ai lab, wisdom spectrum ai", ["China", "AI", "Wisdom Spectrum AI"]),
        ("alibaba's ai capabilities caught apple's eye.", ["Alibaba", "AI", "Apple"]),
    ]
    assert name_owners(sentences) == {
        "tongyi": {"alibaba"},
        "qianwen": {"alibaba"},
        "app": {"alibaba"},
        "modelscop": {"alibaba"},
    }
