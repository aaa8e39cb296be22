package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.Person;
import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.domain.company.SecurityBody;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;

/**
 * Step 1: the entity, its legal representative, algorithm security officer, contact and ICP filing (with the
 * explanation of the relation when the ICP entity is another one), and the responsibility table.
 */
public final class EntityCompletenessPolicy implements CompletenessPolicy {

    @Override
    public String ruleCode() {
        return "ENTITY_COMPLETE";
    }

    @Override
    public LegalBasis legalBasis() {
        return LegalBasis.of(Regulation.ALGORITHM_RECOMMENDATION_PROVISIONS, "第二十四条");
    }

    @Override
    public List<RequiredField> requiredFields(FilingContext context) {
        EntityProfile e = context.entity();
        List<RequiredField> fields = new ArrayList<>(List.of(
                RequiredField.of("entity.name", e.name()),
                RequiredField.of("entity.creditCode", e.creditCode()),
                RequiredField.of("entity.entityType", e.entityType()),
                RequiredField.of("entity.registeredAddress", e.registeredAddress()),
                RequiredField.of("entity.establishedOn", e.establishedOn()),
                new RequiredField("entity.operatingTermEnd",
                        e.operatingTermEnd() != null || Boolean.TRUE.equals(e.operatingTermUnlimited())),
                RequiredField.of("entity.certificateType", e.certificateType()),
                RequiredField.of("entity.certificateNumber", e.certificateNumber())));
        person(fields, "entity.legalRepresentative", e.legalRepresentative(), false);
        person(fields, "entity.securityOfficer", e.securityOfficer(), true);
        fields.add(RequiredField.of("entity.contact.name", e.contact().name()));
        fields.add(RequiredField.of("entity.contact.mobile", e.contact().mobile()));
        fields.add(RequiredField.of("entity.contact.email", e.contact().email()));
        fields.add(RequiredField.of("entity.icp.number", e.icp().number()));
        fields.add(RequiredField.of("entity.icp.entityName", e.icp().entityName()));
        if (e.icpEntityDiffers()) {
            fields.add(RequiredField.of("entity.icp.relationExplanation", e.icp().relationExplanation()));
        }
        SecurityBody body = e.responsibilityTable().body();
        fields.add(RequiredField.of("entity.responsibilityTable.body.setUp", body.setUp()));
        fields.add(RequiredField.of("entity.responsibilityTable.body.head.name", body.head().name()));
        fields.add(RequiredField.of("entity.responsibilityTable.body.head.phone", body.head().phone()));
        fields.add(RequiredField.of("entity.responsibilityTable.body.staffRequirements", body.staffRequirements()));
        fields.add(RequiredField.of("entity.responsibilityTable.body.staffingSize", body.staffingSize()));
        fields.add(RequiredField.of("entity.responsibilityTable.body.technicalSafeguards", body.technicalSafeguards()));
        for (PolicyKind kind : PolicyKind.values()) {
            if (kind.isRequired()) {
                fields.add(new RequiredField("entity.responsibilityTable.policies." + kind,
                        e.responsibilityTable().policy(kind)
                                .map(policy -> RequiredField.isPresent(policy.content())).orElse(false)));
            }
        }
        return fields;
    }

    private static void person(List<RequiredField> fields, String path, Person person, boolean withTitle) {
        fields.add(RequiredField.of(path + ".name", person.name()));
        if (withTitle) {
            fields.add(RequiredField.of(path + ".title", person.title()));
        }
        fields.add(RequiredField.of(path + ".idNumber", person.idNumber()));
        fields.add(RequiredField.of(path + ".phone", person.phone()));
        fields.add(RequiredField.of(path + ".email", person.email()));
    }
}
