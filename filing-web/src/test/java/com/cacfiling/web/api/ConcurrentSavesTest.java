package com.cacfiling.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * API saves of different filings of one company never refuse each other (the company's shared row is written only
 * when its values change, and the ETag covers what the filing's own save can change), while two saves of the same
 * filing based on the same ETag never both succeed.
 */
@PortalTest
class ConcurrentSavesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    FilingService filingService;

    record Read(String etag, String body) {
    }

    private Read read(String token, FilingRecord filing) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/filings/{id}", filing.getId())
                .header("Authorization", token)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return new Read(response.getHeader("ETag"), response.getContentAsString());
    }

    private int save(String token, FilingRecord filing, Read read, String name, String newName) throws Exception {
        return mvc.perform(put("/api/v1/filings/{id}", filing.getId()).header("Authorization", token)
                .header("If-Match", read.etag()).contentType(MediaType.APPLICATION_JSON)
                .content(read.body().replace(name, newName))).andReturn().getResponse().getStatus();
    }

    @Test
    void concurrentSavesOfDistinctFilingsOfOneCompanyNeverConflict() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String token = "Bearer " + tokens.create(officer.getId(), "concurrency");
        int threads = 8;
        int rounds = 5;
        List<FilingRecord> filings = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            filings.add(fixtures.fillWithDemo(fixtures.filing(company, "并发算法" + i), TestFixtures.principal(officer)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                FilingRecord filing = filings.get(i);
                String name = filing.getAlgorithm().getName();
                answers.add(pool.submit((Callable<List<Integer>>) () -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    String current = name;
                    for (int round = 0; round < rounds; round++) {
                        String next = name + "-" + round;
                        statuses.add(save(token, filing, read(token, filing), current, next));
                        current = next;
                    }
                    return statuses;
                }));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> answer : answers) {
                all.addAll(answer.get());
            }
            assertThat(all).as("answers to %d saves of distinct filings", threads * rounds).hasSize(threads * rounds)
                    .allMatch(status -> status == 200);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoSavesOfOneFilingWithTheSameETagNeverBothSucceed() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String token = "Bearer " + tokens.create(officer.getId(), "same filing");
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "同一算法"),
                TestFixtures.principal(officer));
        String name = filing.getAlgorithm().getName();

        // One after the other: the second, based on the same read, is refused.
        Read read = read(token, filing);
        assertThat(save(token, filing, read, name, name + "-mine")).isEqualTo(200);
        assertThat(save(token, filing, read, name, name + "-theirs")).isEqualTo(412);

        // At the same time: exactly one succeeds, the other is refused (412, or 409 if it lost at the row).
        Read both = read(token, filing);
        String current = name + "-mine";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String suffix : List.of("-a", "-b")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return save(token, filing, both, current, name + suffix);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).anyMatch(status -> status == 412 || status == 409);
        }
        finally {
            pool.shutdownNow();
        }
    }

    /**
     * The two filings of a dual-role pair share the algorithm's row, and a save of it also moves both filings'
     * "updated" (V95): saved at the same time from both sides, one wins and the other is refused, never a deadlock
     * between the filing rows each save locks and the algorithm's row both write.
     */
    @Test
    void savesOfBothFilingsOfAPairAtTheSameTimeRefuseOneAndNeverFail() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String token = "Bearer " + tokens.create(officer.getId(), "pair");
        List<FilingRecord> pair = filingService.create(TestFixtures.principal(officer), company.getId(), "双角色并发算法",
                RoleChoice.BOTH);
        FilingRecord filled = fixtures.fillWithDemo(pair.get(0), TestFixtures.principal(officer));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String current = filled.getAlgorithm().getName();
            for (int round = 0; round < 10; round++) {
                List<Read> reads = List.of(read(token, pair.get(0)), read(token, pair.get(1)));
                String name = current;
                List<String> names = List.of(name + "-s" + round, name + "-t" + round);
                List<Integer> statuses = atOnce(pool, List.of(
                        () -> save(token, pair.get(0), reads.get(0), name, names.get(0)),
                        () -> save(token, pair.get(1), reads.get(1), name, names.get(1))));
                assertThat(statuses).as("round %d", round).containsOnlyOnce(200)
                        .allMatch(status -> status == 200 || status == 412 || status == 409);
                current = names.get(statuses.indexOf(200));
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    /**
     * The wizard's save of one filing of a pair moving the launch date (so both filings' due dates) while the API
     * saves the other: one waits for the other, never a deadlock (the wizard now takes the pair's rows first too).
     */
    @Test
    void aWizardSaveAndAnApiSaveOfAPairAtTheSameTimeNeverDeadlock() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String token = "Bearer " + tokens.create(officer.getId(), "pair and wizard");
        List<FilingRecord> pair = filingService.create(TestFixtures.principal(officer), company.getId(), "向导与接口算法",
                RoleChoice.BOTH);
        FilingRecord filled = fixtures.fillWithDemo(pair.get(0), TestFixtures.principal(officer));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String current = filled.getAlgorithm().getName();
            for (int round = 0; round < 10; round++) {
                Read read = read(token, pair.get(1));
                long algorithmVersion = filingService.get(pair.get(0).getId(), TestFixtures.principal(officer))
                        .getAlgorithm().getVersion();
                String name = current;
                String launch = java.time.LocalDate.of(2027, 1, 1).plusDays(round).toString();
                List<Integer> statuses = atOnce(pool, List.of(
                        () -> mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/filings/{id}/steps/basic", pair.get(0).getId())
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.user(TestFixtures.principal(officer)))
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf())
                            .param("_version", String.valueOf(algorithmVersion)).param("_action", "save")
                            .param("algorithm.basics.name", name)
                            .param("algorithm.basics.launchDate", launch)).andReturn().getResponse().getStatus(),
                        () -> save(token, pair.get(1), read, name, filled.getAlgorithm().getName() + "-" + launch)));
                int wizardStatus = statuses.get(0);
                int apiStatus = statuses.get(1);
                assertThat(List.of(wizardStatus, apiStatus)).as("round %d: wizard %d, API %d", round, wizardStatus,
                        apiStatus).allMatch(status -> status == 302 || status == 200 || status == 409
                                || status == 412);
                current = filingService.get(pair.get(0).getId(), TestFixtures.principal(officer)).getAlgorithm()
                        .getName();
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Runs the saves at the same moment, each on a thread of its own, and gives their statuses in order. */
    private static List<Integer> atOnce(ExecutorService pool, List<Callable<Integer>> saves) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Callable<Integer> save : saves) {
            answers.add(pool.submit(() -> {
                start.await();
                return save.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        return statuses;
    }
}
