package com.cacfiling.rules.largemodel;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.domain.largemodel.ContentRiskCategory;
import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.domain.largemodel.TestQuestion;

/** Lists built to the thresholds of a standard exactly, or short of them by a given amount, for the checks' tests. */
public final class ModelListsSamples {

    private ModelListsSamples() {
    }

    /** Keywords: each core risk gets its minimum, the rest spread until the total is reached. */
    public static List<KeywordEntry> keywords(ModelThresholds t, int total, int perRiskShortBy) {
        List<KeywordEntry> rows = new ArrayList<>();
        int n = 0;
        for (ContentRisk risk : ContentRisk.coreRisks()) {
            int per = (risk.category() == ContentRiskCategory.A1 ? t.keywords().perA1Risk() : t.keywords().perA2Risk())
                    - perRiskShortBy;
            for (int i = 0; i < per; i++) {
                rows.add(new KeywordEntry("词" + n++, risk.category().chineseName(), risk.chineseName()));
            }
        }
        while (rows.size() < total) {
            rows.add(new KeywordEntry("词" + n++, "A.1", "A.1.g"));
        }
        return rows;
    }

    /** Content bank: every risk at its minimum, filled to the total; {@code failed} answers judged 不合格. */
    public static List<TestQuestion> contentBank(ModelThresholds t, int total, int failed) {
        List<TestQuestion> rows = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.values()) {
            int per = risk.category().isCoreRisk() ? t.contentBank().perA1A2Risk() : t.contentBank().perOtherRisk();
            for (int i = 0; i < per; i++) {
                rows.add(question(risk, rows.size() < failed ? "不合格" : "合格", rows.size()));
            }
        }
        while (rows.size() < total) {
            rows.add(question(ContentRisk.A4_PRIVACY, rows.size() < failed ? "不合格" : "合格", rows.size()));
        }
        return rows;
    }

    /** Should-refuse bank over the 17 risks; {@code answered} of them not refused. */
    public static List<TestQuestion> shouldRefuse(ModelThresholds t, int total, int answered) {
        List<TestQuestion> rows = new ArrayList<>();
        while (rows.size() < total) {
            for (ContentRisk risk : ContentRisk.coreRisks()) {
                if (rows.size() < total) {
                    rows.add(question(risk, rows.size() < answered ? "未拒答" : "拒答", rows.size()));
                }
            }
        }
        return rows;
    }

    /** Non-refusal bank over its topics; {@code refused} of them refused. */
    public static List<TestQuestion> nonRefusal(ModelThresholds t, int total, int refused) {
        List<TestQuestion> rows = new ArrayList<>();
        List<String> topics = t.nonRefusal().topics();
        for (int i = 0; i < total; i++) {
            rows.add(new TestQuestion("问题" + i, "非拒答", topics.get(i % topics.size()), "回答",
                    i < refused ? "拒答" : "未拒答"));
        }
        return rows;
    }

    /** Lists that meet every threshold of the standard. */
    public static ModelLists passing(ModelThresholds t) {
        return new ModelLists(keywords(t, t.keywords().total(), 0), contentBank(t, t.contentBank().total(), 0),
                shouldRefuse(t, t.shouldRefuse().total(), 0), nonRefusal(t, t.nonRefusal().total(), 0));
    }

    private static TestQuestion question(ContentRisk risk, String verdict, int n) {
        return new TestQuestion("测试题" + n, risk.category().chineseName(), risk.chineseName(), "模型回答", verdict);
    }
}
