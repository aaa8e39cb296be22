package com.cacfiling.web.modelfiling;

import com.cacfiling.docs.largemodel.ModelDossier;
import com.cacfiling.docs.largemodel.ModelDossierZip;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The dossier ZIP as a download, for the wizard and the API alike. */
public final class ModelDossierDownloads {

    private ModelDossierDownloads() {
    }

    /** The ZIP of a filing the caller was already checked for (by {@link ModelFilingService#get} or find). */
    public static ResponseEntity<byte[]> zip(ModelFilingService filings, ModelFilingRecord checked) {
        ModelDossier dossier = filings.dossier(checked);
        String name = (dossier.name().isBlank() ? "dossier" : dossier.name()) + "-" + dossier.today() + ".zip";
        return ModelFilingController.file(ModelDossierZip.zip(dossier), MediaType.parseMediaType("application/zip"),
                name, false);
    }
}
