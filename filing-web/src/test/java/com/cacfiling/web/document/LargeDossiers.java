package com.cacfiling.web.document;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.FlowStep;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.SelfAssessment;

/** Dossier content far beyond real filings: many rows, or one enormous word. */
final class LargeDossiers {

    private LargeDossiers() {
    }

    /** The profile with its flow and risks repeated until there are {@code rows} rows in total. */
    static AlgorithmProfile withRows(AlgorithmProfile profile, int rows) {
        SelfAssessment assessment = profile.assessment();
        List<FlowStep> flow = new ArrayList<>();
        List<RiskAssessment> risks = new ArrayList<>();
        for (int i = 0; flow.size() + risks.size() < rows; i++) {
            FlowStep step = assessment.flow().get(i % assessment.flow().size());
            flow.add(new FlowStep(step.name() + i, step.kind(), step.description()));
            RiskAssessment risk = assessment.risks().get(i % assessment.risks().size());
            risks.add(new RiskAssessment(risk.category(), risk.description() + i, risk.measures()));
        }
        return with(profile, "assessment", with(with(assessment, "flow", flow), "risks", risks));
    }

    /** The profile with a scope text of one word of {@code length} characters. */
    static AlgorithmProfile withWord(AlgorithmProfile profile, int length) {
        return with(profile, "assessment", with(profile.assessment(), "scope", "算".repeat(length)));
    }

    /** A copy of the record with one component replaced. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
