package com.cacfiling.web.filing;

import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Filing use cases, each checked against what the user may reach. */
@Service
public class FilingService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FilingRecordRepository filings;
    private final AlgorithmRecordRepository algorithms;
    private final CompanyRepository companies;
    private final CompanyAccess access;

    FilingService(FilingRecordRepository filings, AlgorithmRecordRepository algorithms, CompanyRepository companies,
            CompanyAccess access) {
        this.filings = filings;
        this.algorithms = algorithms;
        this.companies = companies;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<FilingRecord> visibleFilings(PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        return companyIds.isEmpty() ? List.of() : filings.findVisible(companyIds);
    }

    /** The filing if the user may reach it; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public FilingRecord get(UUID id, PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        if (companyIds.isEmpty()) {
            throw new NotFoundException();
        }
        return filings.findVisible(id, companyIds).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<Company> companiesFor(PortalUser user) {
        return companies.findAllById(access.companyIds(user)).stream()
                .filter(company -> !company.isArchived())
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    @Transactional
    public FilingRecord create(PortalUser user, UUID companyId, String algorithmName, FilingRole role) {
        access.check(user, companyId);
        Company company = companies.findById(companyId).orElseThrow(NotFoundException::new);
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(company, algorithmName.strip(), "{}"));
        return filings.save(new FilingRecord(algorithm, role, "{}"));
    }

    /** Saves the skeleton's editable fields, refusing a save based on an outdated version. */
    @Transactional
    public void updateBasics(PortalUser user, UUID filingId, long expectedVersion, String algorithmName,
            String introduction) {
        FilingRecord filing = get(filingId, user);
        AlgorithmRecord algorithm = filing.getAlgorithm();
        if (algorithm.getVersion() != expectedVersion) {
            throw new EditConflictException(filingId);
        }
        ObjectNode content = (ObjectNode) JSON.readTree(algorithm.getContent());
        content.put("introduction", introduction == null ? "" : introduction);
        algorithm.update(algorithmName.strip(), JSON.writeValueAsString(content));
        algorithms.save(algorithm);
    }

    public static String introductionOf(FilingRecord filing) {
        return JSON.readTree(filing.getAlgorithm().getContent()).path("introduction").asString("");
    }
}
