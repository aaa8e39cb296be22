package com.cacfiling.web.filing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.filing.Step3;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ParsedValues hands the same value to every page that reads the same JSON; that is safe only while the values
 * cannot be changed. The complete sample dossiers of both roles are walked: every record, every list in it.
 */
class ParsedValuesTest {

    @Test
    void theSameJsonGivesTheSameValueAndADifferentJsonADifferentOne() {
        Dossier dossier = SampleDossiers.completeProvider();
        String json = DomainJson.write(dossier.filing().algorithm().profile());
        AlgorithmProfile first = ParsedValues.read(json, AlgorithmProfile.class);
        assertThat(ParsedValues.read(json, AlgorithmProfile.class)).isSameAs(first)
                .isEqualTo(dossier.filing().algorithm().profile());
        String renamed = json.replace(first.name(), first.name() + "（改）");
        assertThat(ParsedValues.read(renamed, AlgorithmProfile.class).name()).isEqualTo(first.name() + "（改）");
    }

    @Test
    void everyValueHandedOutIsImmutableAllTheWayDown() throws Exception {
        for (Dossier dossier : List.of(SampleDossiers.completeProvider(), SampleDossiers.completeSupporter())) {
            List<Object> values = new ArrayList<>();
            values.add(ParsedValues.read(DomainJson.write(dossier.entity()), EntityProfile.class));
            values.add(ParsedValues.read(DomainJson.write(dossier.filing().algorithm().profile()),
                    AlgorithmProfile.class));
            values.add(ParsedValues.read(DomainJson.write(dossier.filing().step3()), Step3.class));
            int lists = 0;
            for (Object value : values) {
                lists += assertImmutable(value, value.getClass().getSimpleName());
            }
            assertThat(lists).as("lists checked in a complete dossier").isGreaterThan(10);
        }
    }

    /** Fails on a mutable list or map or a record component that is not a record, enum or known immutable type. */
    private static int assertImmutable(Object value, String path) throws Exception {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor) {
            return 0;
        }
        if (value instanceof Collection<?> collection) {
            assertThatThrownBy(() -> collection.clear()).as(path).isInstanceOf(UnsupportedOperationException.class);
            int lists = 1;
            int i = 0;
            for (Object element : collection) {
                lists += assertImmutable(element, path + "[" + i++ + "]");
            }
            return lists;
        }
        if (value instanceof Map<?, ?> map) {
            assertThatThrownBy(() -> map.clear()).as(path).isInstanceOf(UnsupportedOperationException.class);
            return 1;
        }
        assertThat(value.getClass().isRecord()).as(path + " is a record (" + value.getClass() + ")").isTrue();
        int lists = 0;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            lists += assertImmutable(component.getAccessor().invoke(value), path + "." + component.getName());
        }
        return lists;
    }
}
