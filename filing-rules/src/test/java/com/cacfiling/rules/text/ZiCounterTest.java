package com.cacfiling.rules.text;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class ZiCounterTest {

    static Gen<String> from(String alphabet, int min, int max) {
        return integers().between(min, max).flatMap(n -> lists().of(integers().between(0, alphabet.length() - 1))
                .ofSize(n).map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i)))
                        .collect(Collectors.joining())));
    }

    @Test
    void countsAsWordDoes() {
        assertThat(ZiCounter.count("基于大语言模型生成文本。")).isEqualTo(12);
        assertThat(ZiCounter.count("基于GPT-4o模型，支持API调用")).isEqualTo(2 + 1 + 1 + 1 + 2 + 1 + 2 + 1 + 2);
        assertThat(ZiCounter.count("  hello   world  ")).isEqualTo(2);
        assertThat(ZiCounter.count("“灵犀”——对话")).isEqualTo(8);
        assertThat(ZiCounter.count("")).isZero();
        assertThat(ZiCounter.count(null)).isZero();
        assertThat(ZiCounter.count("２０２６年")).isEqualTo(5);
    }

    @Test
    void everyCjkCharacterAndFullWidthMarkCountsOne() {
        qt().forAll(from("算法模型生成数据安全，。；：“”！？、（）", 0, 400))
                .checkAssert(text -> assertThat(ZiCounter.count(text)).isEqualTo(text.length()));
    }

    @Test
    void aRunOfLatinLettersOrDigitsCountsOne() {
        qt().forAll(from("abcXYZ0123456789", 1, 60))
                .checkAssert(word -> assertThat(ZiCounter.count(word)).isEqualTo(1));
    }

    @Test
    void whitespaceCountsNothingAndSeparatesWords() {
        Gen<String> texts = from("算法模型abcXYZ09，。 ", 0, 100);
        qt().forAll(texts, texts, from(" \t\n\u3000", 1, 5)).checkAssert((a, b, space) -> {
            assertThat(ZiCounter.count(a + space + b)).isEqualTo(ZiCounter.count(a) + ZiCounter.count(b));
            assertThat(ZiCounter.count(space)).isZero();
        });
    }

    @Test
    void theRawLengthIsWhatAFormsMaxlengthCounts() {
        assertThat(ZiCounter.rawLength("abc 算法")).isEqualTo(6);
        assertThat(ZiCounter.rawLength("😀")).isEqualTo(2);
    }
}
