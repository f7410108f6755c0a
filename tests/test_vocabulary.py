"""The CMVRH vocabulary: canonical French values, lenient reading, suggestions."""

from __future__ import annotations

import pytest

from scenario._text import fold
from scenario.errors import LanguageError, VocabularyError
from scenario.i18n import use_language
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    TransitionKind,
    normalize_word,
    parse_term,
)

ENGLISH_ALIASES = [
    (PhaseKind, "discovery", PhaseKind.DECOUVERTE),
    (PhaseKind, "learning", PhaseKind.APPRENTISSAGE),
    (PhaseKind, "practice", PhaseKind.REALISATION),
    (PhaseKind, "assessment", PhaseKind.EVALUATION),
    (Group, "alone", Group.SEUL),
    (Group, "small group", Group.PETIT_GROUPE),
    (Group, "medium group", Group.MOYEN_GROUPE),
    (Group, "large group", Group.GRAND_GROUPE),
    (Situation, "onsite", Situation.PRESENTIEL),
    (Situation, "synchronous remote", Situation.DISTANCIEL_SYNCHRONE),
    (Situation, "asynchronous remote", Situation.DISTANCIEL_ASYNCHRONE),
    (Pedagogy, "expository", Pedagogy.EXPOSITIVE),
    (Pedagogy, "active", Pedagogy.ACTIVE),
    (Pedagogy, "interrogative", Pedagogy.INTERROGATIVE),
    (Intention, "engage", Intention.INTERPELLER),
    (Intention, "share", Intention.PARTAGER),
    (Intention, "synthesize", Intention.SYNTHETISER),
    (Intention, "transmit", Intention.TRANSMETTRE),
    (Intention, "assess", Intention.EVALUER),
    (Modality, "onsite", Modality.PRESENTIEL),
    (Modality, "flipped", Modality.PEDAGOGIE_INVERSEE),
    (Modality, "hybrid", Modality.BLENDED),
    (Modality, "cooc", Modality.COOC),
    (Modality, "sooc", Modality.SOOC),
]


class TestParseTerm:
    @pytest.mark.parametrize(("cls", "word", "expected"), ENGLISH_ALIASES)
    def test_english_aliases_resolve_to_the_french_value(self, cls, word, expected):
        assert parse_term(cls, word) is expected

    @pytest.mark.parametrize("cls", [PhaseKind, Group, Situation, Pedagogy, Intention, Modality])
    def test_every_canonical_value_reads_back(self, cls):
        for member in cls:
            assert parse_term(cls, member.value) is member
            assert parse_term(cls, member) is member

    @pytest.mark.parametrize(
        ("word", "expected"),
        [
            ("Découverte", PhaseKind.DECOUVERTE),
            ("DECOUVERTE", PhaseKind.DECOUVERTE),
            ("decouverte", PhaseKind.DECOUVERTE),
            ("  évaluation ", PhaseKind.EVALUATION),
            ("Evaluation", PhaseKind.EVALUATION),
            ("REALISATION", PhaseKind.REALISATION),
        ],
    )
    def test_case_accents_and_spaces_do_not_matter(self, word, expected):
        assert parse_term(PhaseKind, word) is expected

    def test_inner_spaces_hyphens_and_underscores_fold(self):
        assert parse_term(Situation, "Distanciel   Asynchrone") is Situation.DISTANCIEL_ASYNCHRONE
        assert parse_term(Situation, "distanciel-synchrone") is Situation.DISTANCIEL_SYNCHRONE
        assert parse_term(Group, "petit_groupe") is Group.PETIT_GROUPE
        assert parse_term(Modality, "Pedagogie Inversee") is Modality.PEDAGOGIE_INVERSEE

    def test_unknown_word_is_refused_with_the_closest_values(self):
        with pytest.raises(VocabularyError) as info:
            parse_term(Situation, "distanciel synchrne")
        assert info.value.suggestions[0] == "distanciel synchrone"
        assert "vouliez-vous dire 'distanciel synchrone'" in str(info.value)
        assert info.value.dimension == "situation"

    def test_suggestion_is_always_a_canonical_value_even_from_an_english_typo(self):
        with pytest.raises(VocabularyError) as info:
            parse_term(PhaseKind, "assesment")
        assert info.value.suggestions == ["évaluation"]

    def test_a_word_far_from_any_value_lists_the_choices(self):
        with pytest.raises(VocabularyError) as info:
            parse_term(Pedagogy, "zzzz")
        assert info.value.suggestions == []
        assert "expositive" in str(info.value)

    @pytest.mark.parametrize("value", [3, None, ["seul"], True])
    def test_non_strings_are_refused(self, value):
        with pytest.raises(VocabularyError):
            parse_term(Group, value)

    def test_vocabulary_error_is_a_value_error(self):
        with pytest.raises(ValueError, match="groupe inconnu 'trio'"):
            parse_term(Group, "trio")


class TestTerms:
    def test_values_are_the_french_words_and_compare_as_strings(self):
        assert Situation.PRESENTIEL == "présentiel"
        assert str(Intention.SYNTHETISER) == "synthétiser"

    def test_phase_kinds_have_the_canonical_order(self):
        ranks = [
            k.rank
            for k in (
                PhaseKind.DECOUVERTE,
                PhaseKind.APPRENTISSAGE,
                PhaseKind.REALISATION,
                PhaseKind.EVALUATION,
            )
        ]
        assert ranks == [0, 1, 2, 3]

    def test_labels_in_both_languages(self):
        assert Group.GRAND_GROUPE.label("fr") == "grand groupe"
        assert Group.GRAND_GROUPE.label("en") == "large group"

    def test_label_without_language_speaks_the_current_one(self):
        """label() with no language follows use_language (French by default)."""
        assert Group.GRAND_GROUPE.label() == "grand groupe"
        with use_language("en"):
            assert Group.GRAND_GROUPE.label() == "large group"
        with pytest.raises(LanguageError):
            Group.GRAND_GROUPE.label("de")

    @pytest.mark.parametrize(
        ("term", "quoted", "fr", "en"),
        [
            (PhaseKind.REALISATION, True, "réalisation", "'réalisation' (practice)"),
            (Pedagogy.ACTIVE, True, "active", "'active'"),
            (
                Situation.DISTANCIEL_SYNCHRONE,
                False,
                "distanciel synchrone",
                "distanciel synchrone (synchronous remote)",
            ),
            (Modality.SPOC, False, "SPOC", "SPOC"),
            (Modality.BLENDED, True, "blended", "'blended' (hybrid)"),
        ],
    )
    def test_mention_as_the_messages_name_a_term(
        self, term: Group, quoted: bool, fr: str, en: str
    ) -> None:
        """French messages name the bare word; English ones the word to write and its
        meaning when it differs."""
        assert term.mention("fr", quoted=quoted) == fr
        assert term.mention("en", quoted=quoted) == en
        with use_language("en"):
            assert term.mention(quoted=quoted) == en

    @pytest.mark.parametrize("lang", ["fr", "en"])
    def test_an_acronym_modality_is_shown_in_capitals_and_written_canonical(self, lang):
        """Prose says SPOC, MOOC, COOC, SOOC; the document keeps the canonical value."""
        assert [m.label(lang) for m in (Modality.SPOC, Modality.MOOC)] == ["SPOC", "MOOC"]
        assert Modality.SPOC.value == "spoc"
        assert parse_term(Modality, "SPOC") is Modality.SPOC

    def test_synchronous_situations(self):
        assert Situation.PRESENTIEL.synchronous
        assert Situation.DISTANCIEL_SYNCHRONE.synchronous
        assert not Situation.DISTANCIEL_ASYNCHRONE.synchronous

    def test_online_modalities(self):
        assert {m for m in Modality if m.online} == {
            Modality.SPOC,
            Modality.MOOC,
            Modality.COOC,
            Modality.SOOC,
        }

    def test_transition_kinds(self):
        assert parse_term(TransitionKind, "Remediation") is TransitionKind.REMEDIATION

    def test_normalize_word(self):
        """normalize_word is the package's one fold, under its public name."""
        assert normalize_word("  Synthétiser ") == "synthetiser"
        assert normalize_word is fold
