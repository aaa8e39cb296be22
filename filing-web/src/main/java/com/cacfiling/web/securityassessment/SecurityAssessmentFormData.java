package com.cacfiling.web.securityassessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.securityassessment.AssessmentTrigger;
import com.cacfiling.domain.securityassessment.Assessor;
import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.MeasureState;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;

/**
 * The report's page as posted. Dates are taken as typed: one that cannot be read is kept as typed (and named by the
 * checks) rather than refused, so nothing typed is lost; the version is the one the page showed.
 */
public class SecurityAssessmentFormData implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private String functions;
    private String facilities;
    private String deployment;
    private String licences;
    private Set<AssessmentTrigger> triggers = EnumSet.noneOf(AssessmentTrigger.class);
    private Assessor assessor;
    private String thirdParty;
    private String assessedOn;
    private final Map<String, MeasureFormData> measures = new LinkedHashMap<>();
    private String conclusion;
    private String otherMatters;
    private String submittedOn;
    private String submissionReference;

    public SecurityAssessmentFormData() {
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            measures.put(measure.name(), new MeasureFormData());
        }
    }

    /** One measure's part of the page. */
    public static class MeasureFormData implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private MeasureState state;
        private String situation;
        private String remedy;

        public MeasureState getState() {
            return state;
        }

        public void setState(MeasureState state) {
            this.state = state;
        }

        public String getSituation() {
            return situation;
        }

        public void setSituation(String situation) {
            this.situation = situation;
        }

        public String getRemedy() {
            return remedy;
        }

        public void setRemedy(String remedy) {
            this.remedy = remedy;
        }
    }

    /** The page of a stored report, as this reader sees it. */
    static SecurityAssessmentFormData of(SecurityAssessment a, long version) {
        SecurityAssessmentFormData form = new SecurityAssessmentFormData();
        form.version = version;
        form.functions = a.functions();
        form.facilities = a.facilities();
        form.deployment = a.deployment();
        form.licences = a.licences();
        form.triggers = a.triggers().isEmpty() ? EnumSet.noneOf(AssessmentTrigger.class) : EnumSet.copyOf(a.triggers());
        form.assessor = a.assessor();
        form.thirdParty = a.thirdParty();
        form.assessedOn = a.invalidInput().getOrDefault("assessedOn", a.assessedOn() == null ? null
                : a.assessedOn().toString());
        a.measures().forEach((measure, answer) -> {
            MeasureFormData data = form.measures.get(measure.name());
            data.state = answer.state();
            data.situation = answer.situation();
            data.remedy = answer.remedy();
        });
        form.conclusion = a.conclusion();
        form.otherMatters = a.otherMatters();
        form.submittedOn = a.invalidInput().getOrDefault("submittedOn", a.submittedOn() == null ? null
                : a.submittedOn().toString());
        form.submissionReference = a.submissionReference();
        return form;
    }

    SecurityAssessment toAssessment() {
        Map<String, String> invalid = new HashMap<>();
        Map<SecurityMeasure, MeasureAnswer> answers = new EnumMap<>(SecurityMeasure.class);
        measures.forEach((name, data) -> answers.put(SecurityMeasure.valueOf(name),
                new MeasureAnswer(data.state, data.situation, data.remedy)));
        return new SecurityAssessment(functions, facilities, deployment, licences, triggers, assessor, thirdParty,
                date("assessedOn", assessedOn, invalid), answers, conclusion, otherMatters,
                date("submittedOn", submittedOn, invalid), submissionReference, invalid);
    }

    private static LocalDate date(String field, String typed, Map<String, String> invalid) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        }
        catch (DateTimeParseException unreadable) {
            invalid.put(field, typed);
            return null;
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public String getFacilities() {
        return facilities;
    }

    public void setFacilities(String facilities) {
        this.facilities = facilities;
    }

    public String getDeployment() {
        return deployment;
    }

    public void setDeployment(String deployment) {
        this.deployment = deployment;
    }

    public String getLicences() {
        return licences;
    }

    public void setLicences(String licences) {
        this.licences = licences;
    }

    public Set<AssessmentTrigger> getTriggers() {
        return triggers;
    }

    public void setTriggers(Set<AssessmentTrigger> triggers) {
        this.triggers = triggers == null ? EnumSet.noneOf(AssessmentTrigger.class) : triggers;
    }

    public Assessor getAssessor() {
        return assessor;
    }

    public void setAssessor(Assessor assessor) {
        this.assessor = assessor;
    }

    public String getThirdParty() {
        return thirdParty;
    }

    public void setThirdParty(String thirdParty) {
        this.thirdParty = thirdParty;
    }

    public String getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(String assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Map<String, MeasureFormData> getMeasures() {
        return measures;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public String getOtherMatters() {
        return otherMatters;
    }

    public void setOtherMatters(String otherMatters) {
        this.otherMatters = otherMatters;
    }

    public String getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(String submittedOn) {
        this.submittedOn = submittedOn;
    }

    public String getSubmissionReference() {
        return submissionReference;
    }

    public void setSubmissionReference(String submissionReference) {
        this.submissionReference = submissionReference;
    }
}
