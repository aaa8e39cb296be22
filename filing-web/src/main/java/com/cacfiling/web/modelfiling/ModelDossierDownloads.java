package com.cacfiling.web.modelfiling;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The dossier ZIP as a download, for the wizard and the API alike. */
public final class ModelDossierDownloads {

    private ModelDossierDownloads() {
    }

    /** The ZIP of a filing the caller was already checked for (by {@link ModelFilingService#get} or find). */
    public static ResponseEntity<byte[]> zip(ModelFilingService filings, ModelFilingRecord checked,
            com.cacfiling.web.security.PortalUser reader) {
        // As the dossier names itself: the model's name, else the service's.
        String name = (checked.displayName().isBlank() ? "dossier" : checked.displayName()) + "-" + filings.today()
                + ".zip";
        return ModelFilingController.file(filings.zip(checked, reader), MediaType.parseMediaType("application/zip"), name,
                false);
    }
}
