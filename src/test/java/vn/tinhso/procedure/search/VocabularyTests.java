package vn.tinhso.procedure.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTests {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(Vocabulary.distance("khai", "khai", 3)).isZero();
        assertThat(Vocabulary.distance("kahi", "khai", 3)).isEqualTo(1);
        assertThat(Vocabulary.distance("khia", "khai", 3)).isEqualTo(1);
        assertThat(Vocabulary.distance("sinhh", "sinh", 3)).isEqualTo(1);
        assertThat(Vocabulary.distance("ket", "kethon", 3)).isEqualTo(3);
        assertThat(Vocabulary.distance("sihn", "cap", 1)).isEqualTo(2);
    }

    @Test
    void givesUpAtTheLimit() {
        assertThat(Vocabulary.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }
}
