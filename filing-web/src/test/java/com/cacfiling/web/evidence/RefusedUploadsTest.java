package com.cacfiling.web.evidence;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Found in a walk: a refused upload (a renamed .exe, 30 MB, an empty file) was said at the page's top in the green of
 * "uploaded", 7,700 px above the form the page landed on; an empty file was told to choose a file; and two evidence
 * uploads read as "self-assessment saved" with versions "the same". Step 1's documents and the history here; the
 * evidence form's refusals over real HTTP in ServerErrorPagesTest (its title is carried in the session).
 */
@PortalTest
class RefusedUploadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    com.cacfiling.web.filing.FilingService filings;

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The page the upload's redirect leads to, with the notices it carried. */
    private Document after(FlashMap flash, String step, PortalUser officer, FilingRecord filing) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{step}", filing.getId(), step).with(user(officer))
                .flashAttrs(flash)).andReturn().getResponse().getContentAsString());
    }

    private FlashMap uploadEvidence(PortalUser officer, FilingRecord filing, String title, String kind,
            MockMultipartFile file) throws Exception {
        var request = multipart("/filings/{id}/evidence", filing.getId()).param("title", title).param("kind", kind)
                .with(user(officer)).with(csrf());
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request).andReturn().getFlashMap();
    }

    @Test
    void aRefusedStepOneDocumentIsSaidInItsRow() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FlashMap refused = mvc.perform(multipart("/filings/{id}/entity-documents/LEGAL_REPRESENTATIVE_ID",
                        filing.getId()).file(new MockMultipartFile("file", "id.png", "image/png", new byte[0]))
                .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("uploadError", "upload.empty"))
                .andReturn().getFlashMap();
        Document page = after(refused, "entity", officer, filing);
        assertThat(page.select("#entity-document-LEGAL_REPRESENTATIVE_ID .field-error").text())
                .isEqualTo("所选文件是空的（0 字节），请选择有内容的文件。");
        assertThat(page.select("#entity-file-LEGAL_REPRESENTATIVE_ID").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#entity-documents .field-error")).hasSize(1);
        assertThat(page.select(".flash.success")).isEmpty();
    }

    @Test
    void evidenceAddedAndRemovedIsNamedInTheHistoryAndItsVersionsCompare() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        uploadEvidence(officer, filing, "标识截图", "SCREENSHOT",
                new MockMultipartFile("file", "label.png", "image/png", png()));
        var evidence = filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment().evidence();
        assertThat(evidence).singleElement().satisfies(item -> assertThat(item.title()).isEqualTo("标识截图"));
        mvc.perform(post("/filings/{id}/evidence/{key}/delete", filing.getId(), evidence.get(0).id())
                .with(user(officer)).with(csrf()));
        List<ChangeLog.Entry> versions = changeLog.versions(filing.getId());
        assertThat(versions.subList(0, 2)).extracting(ChangeLog.Entry::action)
                .containsExactly("EVIDENCE_REMOVED", "EVIDENCE_ADDED");

        Document history = Jsoup.parse(mvc.perform(get("/filings/{id}/history", filing.getId()).with(user(officer))
                .param("from", String.valueOf(versions.get(1).id()))
                .param("to", String.valueOf(versions.get(0).id()))).andReturn().getResponse().getContentAsString());
        assertThat(history.text()).contains("上传证明材料 · " + SampleDossiers.ALGORITHM_NAME + " · 标识截图 · label.png",
                "删除证明材料 · " + SampleDossiers.ALGORITHM_NAME + " · 标识截图 · label.png");
        assertThat(history.text()).doesNotContain("两个版本内容相同");
        assertThat(history.select("td").eachText()).containsSequence("证明材料", "标识截图（label.png）");
        assertThat(history.select("td.added").last().text()).isEmpty();
    }

    /**
     * Found in a walk: the portal's own letter, downloaded and uploaded back as the signed and stamped one, was taken as
     * signed. Refused in its row, nothing kept; the printed, signed scan is taken.
     */
    @Test
    void thePortalsOwnLetterIsNotTakenAsTheSignedOne() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        byte[] ownLetter = mvc.perform(get("/filings/{id}/documents/commitment.pdf", filing.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(ownLetter, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        FlashMap refused = mvc.perform(multipart("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER",
                        filing.getId()).file(new MockMultipartFile("file", "承诺书.pdf", "application/pdf", ownLetter))
                .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("uploadError", "upload.unsignedPortalCopy"))
                .andReturn().getFlashMap();
        Document page = after(refused, "entity", officer, filing);
        assertThat(page.select("#entity-document-SIGNED_COMMITMENT_LETTER .field-error").text())
                .startsWith("这是本门户生成的文件，还没有签字盖章");
        assertThat(page.select("#entity-document-SIGNED_COMMITMENT_LETTER .missing").text()).isEqualTo("尚未上传");

        mvc.perform(multipart("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", filing.getId())
                .file(new MockMultipartFile("file", "承诺书-签字盖章.png", "image/png", png()))
                .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.uploaded"));
        Document reloaded = Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity", filing.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(reloaded.select("#entity-document-SIGNED_COMMITMENT_LETTER a").first().text())
                .isEqualTo("承诺书-签字盖章.png");
    }
}
