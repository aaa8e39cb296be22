package com.cacfiling.web.history;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two documents every save writes, the algorithm's and the change log's snapshot, are stored without PostgreSQL's
 * compression (V92: compressing them cost more than it saved), and read back whole: the full demo dossier, large
 * enough to be stored out of line, is saved, and its newest version is what the history gives back.
 */
@PortalTest
class UncompressedDocumentsTest {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSavesDocumentsAreStoredOutOfLineUncompressedAndReadBackWhole() {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "存储算法"), officer);

        assertThat(jdbc.queryForList("select a.attname::text || ' ' || a.attstorage::text from pg_attribute a where "
                + "(a.attrelid = 'algorithm'::regclass and a.attname = 'content') or "
                + "(a.attrelid = 'change_log'::regclass and a.attname = 'snapshot')", String.class))
                .containsExactlyInAnyOrder("content e", "snapshot e");

        // Larger than the 2 KB TOAST threshold, so without the setting PostgreSQL would have compressed them.
        assertThat(jdbc.queryForObject("select octet_length(content::text) from algorithm where id = ?",
                Integer.class, filing.getAlgorithm().getId())).isGreaterThan(2_000);
        assertThat(jdbc.queryForObject("select pg_column_compression(content) from algorithm where id = ?",
                String.class, filing.getAlgorithm().getId())).isNull();
        long newest = changeLog.versions(filing.getId()).get(0).id();
        assertThat(jdbc.queryForObject("select pg_column_compression(snapshot) from change_log where id = ?",
                String.class, newest)).isNull();

        String snapshot = changeLog.snapshot(filing.getId(), newest);
        assertThat(snapshot).isNotNull().hasSizeGreaterThan(2_000)
                .contains(filing.getAlgorithm().getName());
        var demo = com.cacfiling.domain.dossier.DossierJson.read(TestFixtures.sampleJson(
                com.cacfiling.domain.sample.SampleDossiers.completeProvider()));
        assertThat(filings.get(filing.getId(), officer).getAlgorithm().profile())
                .isEqualTo(demo.filing().algorithm().profile());
    }
}
