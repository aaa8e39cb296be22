package com.cacfiling.rules.policies;

import java.util.List;

import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
import com.cacfiling.rules.Severity;
import com.cacfiling.domain.reference.OptionList;
import org.junit.jupiter.api.Test;

import static com.cacfiling.rules.Samples.findings;
import static com.cacfiling.rules.Samples.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Found in a domain expert's walk: the scope named an app, a mini program and a website; Step 3 only the app. */
class ProductFormMentionPolicyTest {

    private static List<Finding> mentions(com.cacfiling.domain.dossier.Dossier dossier) {
        return findings(dossier, ProductFormMentionPolicy.RULE);
    }

    @Test
    void theCompleteSampleSaysNothing() {
        assertThat(mentions(provider())).isEmpty();
    }

    @Test
    void aFormTheTextsNameThatNoProductOfStepThreeHasIsAWarningAtTheText() {
        // The sample's products are an app and a website.
        var dossier = EmptyAnswersTest.withText(provider(), "algorithm.assessment.scope",
                "本算法用于灵犀助手App、网页版及微信小程序“灵犀助手”，并通过公众号推送摘要。");
        assertThat(mentions(dossier)).extracting(Finding::fieldPath, Finding::severity, f -> f.arguments().get(0),
                        f -> f.arguments().get(1))
                .containsExactlyInAnyOrder(
                        tuple("algorithm.assessment.scope", Severity.WARNING, "小程序",
                                new FindingArgument.OptionLabel(OptionList.PRODUCT_FORMS, "MINI_PROGRAM")),
                        tuple("algorithm.assessment.scope", Severity.WARNING, "公众号",
                                new FindingArgument.OptionLabel(OptionList.PRODUCT_FORMS, "PUBLIC_ACCOUNT")));
        // A form Step 3 has (the website) is no finding; nor are texts that do not say where the service is offered.
        var elsewhere = EmptyAnswersTest.withText(provider(), "algorithm.assessment.softwareHardware",
                "服务器部署于自有机房，运维人员通过内部网站和小程序查看监控。");
        assertThat(mentions(elsewhere)).isEmpty();
    }
}
