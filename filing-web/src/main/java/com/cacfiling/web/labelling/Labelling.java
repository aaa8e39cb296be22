package com.cacfiling.web.labelling;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The labelling checklist of a filing's algorithm and how it feeds the filing: the three yes/no labelling questions
 * of Step 3's risk prevention and the self-assessment's "labelling of results" text are written through
 * {@link FilingService#saveAlgorithmAs}, the wizard's own save, so the change is a version in the history like any
 * edit, named as the checklist's.
 */
@Service
public class Labelling {

    static final String IMPLICIT = "algorithm.details.riskPrevention.implicitLabel";
    static final String EXPLICIT = "algorithm.details.riskPrevention.explicitLabel";
    static final String REMIND = "algorithm.details.riskPrevention.remindUsersToLabel";
    static final String RESULT = "algorithm.assessment.resultLabelling";

    /**
     * The outputs named by the form's usage scenarios and generative synthesis algorithm types (input to output): the
     * checklist offers these modalities when still empty. Multimodal and "other" say nothing definite about the output.
     */
    private static final Map<String, Set<Modality>> FROM_GENERATIVE_TYPE = Map.ofEntries(
            // usage scenarios that name an output
            Map.entry("TEXT_GENERATION", EnumSet.of(Modality.TEXT)),
            Map.entry("IMAGE_GENERATION", EnumSet.of(Modality.IMAGE)),
            Map.entry("AUDIO_GENERATION", EnumSet.of(Modality.AUDIO)),
            Map.entry("VIDEO_GENERATION", EnumSet.of(Modality.VIDEO)),
            // generative synthesis algorithm types
            Map.entry("TEXT_TO_TEXT", EnumSet.of(Modality.TEXT)), Map.entry("TEXT_TO_IMAGE", EnumSet.of(Modality.IMAGE)),
            Map.entry("TEXT_TO_VIDEO", EnumSet.of(Modality.VIDEO)),
            Map.entry("TEXT_TO_MIXED", EnumSet.of(Modality.TEXT, Modality.IMAGE, Modality.VIDEO)),
            Map.entry("TEXT_TO_SPEECH", EnumSet.of(Modality.AUDIO)),
            Map.entry("SPEECH_TO_TEXT", EnumSet.of(Modality.TEXT)),
            Map.entry("IMAGE_TO_IMAGE", EnumSet.of(Modality.IMAGE)),
            Map.entry("IMAGE_TO_TEXT", EnumSet.of(Modality.TEXT)),
            Map.entry("IMAGE_TO_VIDEO", EnumSet.of(Modality.VIDEO)));

    private final JdbcTemplate jdbc;
    private final FilingService filings;
    private final MessageSource messages;
    private final Clock clock;

    Labelling(JdbcTemplate jdbc, FilingService filings, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.filings = filings;
        this.messages = messages;
        this.clock = clock;
    }

    /** The stored checklist and its version (0 before the first save). */
    public record Stored(LabellingChecklist checklist, long version) {
    }

    @Transactional(readOnly = true)
    public Stored load(UUID algorithmId) {
        List<Stored> found = jdbc.query("select answers::text as answers, version from labelling_checklist "
                + "where algorithm_id = ?", (rs, i) -> new Stored(
                DomainJson.read(rs.getString("answers"), LabellingChecklist.class), rs.getLong("version")),
                algorithmId);
        return found.isEmpty() ? new Stored(LabellingChecklist.empty(), 0) : found.get(0);
    }

    /** The modalities the filing's usage scenarios and generative types output, offered while the checklist has none. */
    public static Set<Modality> suggested(List<String> generativeTypes) {
        Set<Modality> suggested = EnumSet.noneOf(Modality.class);
        for (String type : generativeTypes) {
            suggested.addAll(FROM_GENERATIVE_TYPE.getOrDefault(type, Set.of()));
        }
        return suggested;
    }

    /**
     * What the checklist starts from before its first save: the filing's own labelling answers, and the modalities
     * its Step 3 names as outputs (facts are typed once). A "yes" to the explicit labels means every output and the
     * interface are labelled; a "no" or no answer says nothing about which part is missing, so those stay open.
     */
    public static LabellingChecklist initial(com.cacfiling.domain.dossier.Dossier dossier) {
        var details = dossier.filing().algorithm().profile().details();
        List<String> outputs = new java.util.ArrayList<>(details.usageScenario());
        outputs.addAll(details.model().generativeAlgorithmType());
        Set<Modality> modalities = suggested(outputs);
        var risk = details.riskPrevention();
        boolean explicit = Boolean.TRUE.equals(risk.explicitLabel()) && !modalities.isEmpty();
        return new LabellingChecklist(modalities, explicit ? modalities : null, explicit ? Boolean.TRUE : null, null,
                risk.implicitLabel(), null, risk.remindUsersToLabel(), null);
    }

    /** The checklist as its page shows it: the saved one, or before the first save the one the filing suggests. */
    public static LabellingChecklist shown(Stored stored, com.cacfiling.domain.dossier.Dossier dossier) {
        return stored.version() == 0 ? initial(dossier) : stored.checklist();
    }

    /**
     * Whether the filing still says what the saved checklist wrote into it (its answers may since have been changed
     * in the wizard): every answer the checklist gives, and the result text when it names outputs.
     */
    public boolean filingAgrees(LabellingChecklist checklist, com.cacfiling.domain.dossier.Dossier dossier) {
        var profile = dossier.filing().algorithm().profile();
        var risk = profile.details().riskPrevention();
        // The "labelling of results" text is not compared: one the user chose to keep differs from the checklist's
        // by choice (the page said "changed in the wizard" after every such save), and a text that differs is shown
        // with the question whether to keep it (ownResultText).
        return agrees(checklist.implicitLabel(), risk.implicitLabel())
                && agrees(checklist.explicitLabel(), risk.explicitLabel())
                && agrees(checklist.remindUsersToLabel(), risk.remindUsersToLabel());
    }

    private static boolean agrees(Boolean checklistAnswer, Boolean filingAnswer) {
        return checklistAnswer == null || checklistAnswer.equals(filingAnswer);
    }

    /**
     * Saves the checklist based on the versions the form showed (the checklist's and the algorithm's) and writes its
     * answers into the filing. A checklist saved as the page showed it changes nothing, neither the checklist nor the
     * filing (whose answers may have been changed in the wizard since); a question the checklist leaves open never
     * blanks the filing's answer.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean save(PortalUser user, UUID filingId, long checklistVersion, long algorithmVersion,
            LabellingChecklist checklist) {
        return save(user, filingId, checklistVersion, algorithmVersion, checklist, false);
    }

    /**
     * {@link #save(PortalUser, UUID, long, long, LabellingChecklist)}; with {@code keepResultText} the
     * self-assessment's "labelling of results" text stays as someone wrote it, instead of the checklist's.
     */
    @Transactional
    public boolean save(PortalUser user, UUID filingId, long checklistVersion, long algorithmVersion,
            LabellingChecklist checklist, boolean keepResultText) {
        FilingService.Opened opened = filings.open(filingId, user);
        // An archived company's checklists are read, as its filings are.
        com.cacfiling.web.filing.CompanyArchivedException.refuseIfArchived(opened.record().getCompany());
        UUID algorithmId = opened.record().getAlgorithm().getId();
        filings.lockForSave(filingId);
        Stored stored = load(algorithmId);
        if (stored.version() != checklistVersion) {
            throw new EditConflictException(filingId);
        }
        LabellingChecklist shown = shown(stored, opened.dossier());
        // Answers as shown change nothing, unless the user chose the checklist's text over someone's own.
        boolean replacesOwnText = !keepResultText && !checklist.modalities().isEmpty()
                && ownResultText(shown, opened.dossier()) != null;
        if (shown.equals(checklist) && !replacesOwnText) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update labelling_checklist set answers = cast(? as jsonb), version = version + 1, "
                + "updated_at = ?, updated_by = ? where algorithm_id = ? and version = ?",
                DomainJson.write(checklist), now, user.getUsername(), algorithmId, checklistVersion);
        if (updated == 0) {
            if (checklistVersion != 0) {
                throw new EditConflictException(filingId);
            }
            jdbc.update("insert into labelling_checklist (algorithm_id, answers, version, updated_at, updated_by) "
                    + "values (?, cast(? as jsonb), 1, ?, ?)", algorithmId, DomainJson.write(checklist), now,
                    user.getUsername());
        }
        DossierTree tree = DossierTree.of(opened.dossier());
        ObjectNode risk = tree.objectAt("algorithm.details.riskPrevention");
        putAnswer(risk, "implicitLabel", checklist.implicitLabel());
        putAnswer(risk, "explicitLabel", checklist.explicitLabel());
        putAnswer(risk, "remindUsersToLabel", checklist.remindUsersToLabel());
        if (!checklist.modalities().isEmpty() && !keepResultText) {
            tree.objectAt("algorithm.assessment").put("resultLabelling", resultText(checklist));
        }
        else if (checklist.modalities().isEmpty() && ownResultText(shown, opened.dossier()) == null) {
            // The checklist's own text named outputs the checklist no longer has: it goes, rather than stay to
            // contradict it (found in a walk: still "文本、图片", then called self-written on the next visit).
            tree.objectAt("algorithm.assessment").remove("resultLabelling");
        }
        // Logged once, by the checklist's name: with the filing's answers it wrote as a version, when they changed.
        filings.saveAlgorithmAs(user, filingId, algorithmVersion, tree,
                withoutTyped(opened.record().getAlgorithm().getTypedInput()), "LABELLING_SAVED");
        return true;
    }

    /**
     * The self-assessment's "labelling of results" text when someone wrote it (it is neither empty nor what the
     * checklist as shown would write): the page asks whether a save replaces it. Null otherwise.
     */
    public String ownResultText(LabellingChecklist shown, com.cacfiling.domain.dossier.Dossier dossier) {
        String text = dossier.filing().algorithm().profile().assessment().resultLabelling();
        return text == null || text.isBlank() || text.equals(resultText(shown)) || text.equals(earlierText(shown))
                ? null : text;
    }

    /**
     * The text the checklist wrote before an unanswered implicit label was left out of it (it said "being
     * completed"): still the checklist's own, not someone's, so the page does not ask whether to keep it.
     */
    private String earlierText(LabellingChecklist shown) {
        return shown.implicitMetadata() != null ? null : resultText(new LabellingChecklist(shown.modalities(),
                shown.explicitDone(), shown.interfaceLabel(), shown.downloadsKeepLabel(), false,
                shown.agreementClause(), shown.userDeclaration(), shown.logDuty()));
    }

    /** An answer the checklist gives replaces the filing's; one it leaves open leaves the filing's as it is. */
    private static void putAnswer(ObjectNode node, String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** Values typed invalidly into the fields the checklist now answers would hide its answers: they go. */
    private static String withoutTyped(String typedInputJson) {
        tools.jackson.databind.JsonNode typed = DomainJson.readTree(typedInputJson);
        if (!(typed instanceof ObjectNode object)) {
            return typedInputJson;
        }
        ObjectNode copy = object.deepCopy();
        for (String path : List.of(IMPLICIT, EXPLICIT, REMIND, RESULT)) {
            copy.remove(path);
        }
        return DomainJson.write(copy);
    }

    /**
     * The self-assessment's "labelling of results" text, in Chinese like the rest of the filing: the modalities with
     * their explicit labels, the implicit label, the agreement clause and the log duty, as the checklist says.
     */
    String resultText(LabellingChecklist checklist) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        StringBuilder text = new StringBuilder();
        StringBuilder kinds = new StringBuilder();
        for (Modality modality : Modality.values()) {
            if (checklist.modalities().contains(modality)) {
                if (!kinds.isEmpty()) {
                    kinds.append("、");
                }
                kinds.append(messages.getMessage("labelling.modality." + modality, null, zh));
            }
        }
        text.append(messages.getMessage("labelling.report.modalities", new Object[] {kinds}, zh));
        for (Modality modality : Modality.values()) {
            if (checklist.modalities().contains(modality)) {
                text.append(messages.getMessage(checklist.isExplicitlyLabelled(modality)
                        ? "labelling.report.explicit." + modality : "labelling.report.explicitMissing",
                        new Object[] {messages.getMessage("labelling.modality." + modality, null, zh)}, zh));
            }
        }
        if (Boolean.TRUE.equals(checklist.interfaceLabel())) {
            text.append(messages.getMessage("labelling.report.interface", null, zh));
        }
        if (Boolean.TRUE.equals(checklist.downloadsKeepLabel())) {
            text.append(messages.getMessage("labelling.report.downloads", null, zh));
        }
        // Not answered yet says nothing, as for the other questions: not "being completed", which is a "no".
        if (checklist.implicitMetadata() != null) {
            text.append(messages.getMessage(checklist.implicitMetadata()
                    ? "labelling.report.implicit" : "labelling.report.implicitMissing", null, zh));
        }
        if (Boolean.TRUE.equals(checklist.agreementClause())) {
            text.append(messages.getMessage("labelling.report.agreement", null, zh));
        }
        if (checklist.logDuty() != null) {
            text.append(messages.getMessage("labelling.report.logs." + checklist.logDuty(), null, zh));
        }
        return text.toString();
    }
}
