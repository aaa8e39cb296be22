package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.rules.FilingContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placeholder check's normalising and the name check's compacting are written by hand for speed (they ran over
 * every text of every evaluation); they give what the regular expressions they replace gave.
 */
class NormalisingByHandTest {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\u3000。.!！;；]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000\\p{P}]");

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", " ", "待填。", "  XXX  ", "TODO!", "同上；", "无\u3000",
                "详见 附件 2。", "灵犀·对话 生成算法", "“灵犀对话生成算法”（简称灵犀）", "a\tb\n\nc  。 ", "İstanbul",
                "——破折号——", "Lorem  Ipsum.", "\u3000全角空格\u3000开头", "混合 Mixed\u000BCase\f。"));
        for (var dossier : List.of(SampleDossiers.completeProvider(), SampleDossiers.completeSupporter())) {
            FreeTexts.all(FilingContext.of(dossier, java.time.LocalDate.of(2026, 12, 1)))
                    .forEach(text -> texts.add(text.text()));
        }
        return texts;
    }

    @Test
    void normalisingGivesWhatTheRegularExpressionsGave() {
        for (String text : texts()) {
            String before = SPACES.matcher(TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll(""))
                    .replaceAll(" ").toLowerCase(Locale.ROOT);
            assertThat(BoilerplatePolicy.normalise(text)).as(text).isEqualTo(before);
        }
    }

    @Test
    void compactingGivesWhatTheRegularExpressionGave() {
        for (String text : texts()) {
            assertThat(NameConsistencyPolicy.compact(text)).as(text)
                    .isEqualTo(BLANKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT));
        }
    }
}
