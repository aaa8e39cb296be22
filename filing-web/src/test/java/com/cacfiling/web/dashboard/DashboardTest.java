package com.cacfiling.web.dashboard;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@PortalTest
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Test
    void aConsultantFiltersSearchesPagesAndExportsAcrossAssignedCompaniesOnly() throws Exception {
        Company first = fixtures.company();
        Company second = fixtures.company();
        Company unassigned = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(first, second));
        for (int i = 0; i < 27; i++) {
            fixtures.filing(first, "甲公司算法" + i);
        }
        FilingRecord supporter = fixtures.filing(second, "乙公司支持算法", FilingRole.TECHNICAL_SUPPORTER);
        fixtures.filing(unassigned, "不可见的算法");
        // Launched three weeks ago and not filed: overdue.
        filings.updateAlgorithm(consultant, supporter.getId(), filings.get(supporter.getId(), consultant)
                .getAlgorithm().getVersion(), p -> p.withBasics(new AlgorithmBasics(null, p.name(),
                        LocalDate.now().minusDays(21), null, null)));

        mvc.perform(get("/filings").with(user(consultant)))
                .andExpect(content().string(containsString("第 1 / 2 页，共 28 条")))
                .andExpect(content().string(containsString("id=\"deadline-chart\"")))
                .andExpect(content().string(not(containsString("不可见的算法"))));
        mvc.perform(get("/filings").param("q", "乙公司").with(user(consultant)))
                .andExpect(content().string(containsString("乙公司支持算法")))
                .andExpect(content().string(not(containsString("甲公司算法1<"))));
        mvc.perform(get("/filings").param("role", "TECHNICAL_SUPPORTER").with(user(consultant)))
                .andExpect(content().string(containsString("乙公司支持算法")))
                .andExpect(content().string(not(containsString("甲公司算法1<"))));
        mvc.perform(get("/filings").param("due", "OVERDUE").with(user(consultant)))
                .andExpect(content().string(containsString("class=\"overdue\"")))
                .andExpect(content().string(containsString("乙公司支持算法")));
        mvc.perform(get("/filings").param("sort", "algorithm").param("dir", "asc").param("page", "1")
                        .with(user(consultant)))
                .andExpect(content().string(containsString("第 2 / 2 页")));

        byte[] xlsx = mvc.perform(get("/filings/export.xlsx").param("companyId", first.getId().toString())
                .with(user(consultant))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(27);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("算法名称");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.getName());
        }
    }
}
