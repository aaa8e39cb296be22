package com.cacfiling.web.modelfiling;

import java.util.List;
import java.util.UUID;

import com.cacfiling.web.filing.OtherFilingsOfTheService;
import org.springframework.stereotype.Component;

/** The large-model filings of an algorithm filing's services, as the algorithm filing's review asks for them. */
@Component
class ModelFilingsOfTheService implements OtherFilingsOfTheService {

    private final ModelFilingService filings;

    ModelFilingsOfTheService(ModelFilingService filings) {
        this.filings = filings;
    }

    @Override
    public List<Disagreement> disagreeingWith(UUID algorithmFilingId) {
        return filings.disagreeingWithAlgorithmFiling(algorithmFilingId);
    }
}
