package com.cacfiling.web.labelling;

import java.io.IOException;
import java.util.UUID;

import com.cacfiling.domain.algorithm.AlgorithmTypes;
import com.cacfiling.domain.labelling.AigcLabelReader;
import com.cacfiling.domain.labelling.AigcLabelReport;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labelling checklist of a filing and the sample-file check. */
@Controller
class LabellingController {

    /** Samples are read whole in memory: the same limit as evidence files. */
    static final long MAX_SAMPLE_BYTES = 10L * 1024 * 1024;

    private final FilingService filings;
    private final Labelling labelling;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    LabellingController(FilingService filings, Labelling labelling, ChangeLog changeLog,
            ApplicationEventPublisher events) {
        this.filings = filings;
        this.labelling = labelling;
        this.changeLog = changeLog;
        this.events = events;
    }

    @GetMapping("/filings/{filingId}/labelling")
    String checklist(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) UUID service, Model model) {
        FilingService.Opened opened = filings.open(filingId, user);
        Labelling.Stored stored = labelling.load(opened.record().getAlgorithm().getId());
        LabellingChecklist shown = Labelling.shown(stored, opened.dossier());
        LabellingFormData form = LabellingFormData.of(shown, stored.version(),
                opened.record().getAlgorithm().getVersion());
        String ownResultText = labelling.ownResultText(shown, opened.dossier());
        // Someone's own words are kept unless the user chooses the checklist's.
        form.setKeepResultText(ownResultText != null);
        model.addAttribute("ownResultText", ownResultText);
        model.addAttribute("filing", opened.record());
        model.addAttribute("form", form);
        model.addAttribute("gaps", stored.checklist().gaps());
        model.addAttribute("unanswered", stored.checklist().unanswered());
        model.addAttribute("saved", stored.version() > 0);
        model.addAttribute("filingAgrees", stored.version() == 0
                || labelling.filingAgrees(stored.checklist(), opened.dossier()));
        model.addAttribute("editable", opened.record().getStatus().isEditable());
        // Said only of a filing whose type is chosen and is another; before the type is chosen, the type is asked.
        String type = opened.dossier().filing().algorithm().profile().basics().algorithmType();
        model.addAttribute("generative", AlgorithmTypes.mayBeGenerativeSynthesis(type));
        model.addAttribute("typeUnknown", type == null);
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("logDuties", LogDuty.values());
        // Opened from a service's triage result: a save takes that service's labelling obligation into work.
        model.addAttribute("service", service);
        return "labelling/checklist";
    }

    @PostMapping("/filings/{filingId}/labelling")
    String save(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @ModelAttribute("form") LabellingFormData form, @RequestParam(required = false) UUID service,
            RedirectAttributes redirect) {
        try {
            boolean changed = labelling.save(user, filingId, form.getChecklistVersion(), form.getAlgorithmVersion(),
                    form.toChecklist(), form.isKeepResultText());
            redirect.addFlashAttribute("message", changed ? "labelling.saved" : "labelling.unchanged");
            if (changed) {
                events.publishEvent(new LabellingChecklistSaved(filings.get(filingId, user).getCompany().getId(),
                        filingId, service, user.getUsername()));
            }
        }
        catch (EditConflictException conflict) {
            redirect.addFlashAttribute("message", "labelling.conflict");
        }
        return "redirect:/filings/" + filingId + "/labelling" + (service == null ? "" : "?service=" + service);
    }

    /** Reads the uploaded sample's metadata for the implicit label and says on the checklist page what it found. */
    @PostMapping("/filings/{filingId}/labelling/sample")
    String checkSample(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        FilingService.Opened opened = filings.open(filingId, user);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("sampleError", "labelling.sample.missing");
        }
        else if (file.getSize() > MAX_SAMPLE_BYTES) {
            redirect.addFlashAttribute("sampleError", "labelling.sample.tooLarge");
        }
        else {
            AigcLabelReport report = AigcLabelReader.read(file.getBytes());
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            name = name.length() > 120 ? name.substring(0, 120) : name;
            redirect.addFlashAttribute("sample", SampleCheck.of(name, report));
            changeLog.record(opened.record().getCompany().getId(), filingId, user.getUsername(),
                    "LABELLING_SAMPLE_CHECKED", name, null);
        }
        return "redirect:/filings/" + filingId + "/labelling#sample";
    }
}
