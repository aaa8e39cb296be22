package com.cacfiling.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** The literal-segment filter finds what Spring's own lookup finds, and answers what it cannot find as Spring does. */
class LiteralSegmentMappingsTest {

    @RestController
    static class Pages {
        @GetMapping("/filings/{id}/steps/{slug}")
        String step(@PathVariable String id, @PathVariable String slug) {
            return "step " + id + " " + slug;
        }

        @PostMapping("/filings/{id}/steps/{slug}")
        String save(@PathVariable String id, @PathVariable String slug) {
            return "save " + id + " " + slug;
        }

        @GetMapping("/filings/{id}/workflow")
        String workflow(@PathVariable String id) {
            return "workflow " + id;
        }

        @GetMapping("/filings")
        String dashboard() {
            return "dashboard";
        }

        @GetMapping({"/companies/{id}", "/clients/{id}"})
        String company(@PathVariable String id) {
            return "company " + id;
        }

        @PutMapping(path = "/api/v1/filings/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
        String put(@PathVariable String id) {
            return "put " + id;
        }

        @GetMapping("/{page}/about/us")
        String about(@PathVariable String page) {
            return "about " + page;
        }

        @GetMapping("/static/**")
        String anyStatic() {
            return "static";
        }

        @GetMapping("/")
        String home() {
            return "home";
        }
    }

    @RequestMapping("/inbox")
    @RestController
    static class Inbox {
        @GetMapping("/{id}")
        String message(@PathVariable String id) {
            return "message " + id;
        }
    }

    private final MockMvc spring = MockMvcBuilders.standaloneSetup(new Pages(), new Inbox()).build();
    private final MockMvc filtered = MockMvcBuilders.standaloneSetup(new Pages(), new Inbox())
            .setCustomHandlerMapping(LiteralSegmentMappings::new).build();

    @Test
    void findsWhatSpringFindsAndAnswersTheRestAsSpringDoes() throws Exception {
        List<Object[]> requests = List.of(
                new Object[] {HttpMethod.GET, "/filings/42/steps/basic", null},
                new Object[] {HttpMethod.POST, "/filings/42/steps/basic", null},
                new Object[] {HttpMethod.DELETE, "/filings/42/steps/basic", null},
                new Object[] {HttpMethod.GET, "/fil%69ngs/42/steps/basic", null},
                new Object[] {HttpMethod.GET, "/filings/42/st%65ps/basic", null},
                new Object[] {HttpMethod.GET, "/filings/42/Steps/basic", null},
                new Object[] {HttpMethod.GET, "/filings/42/steps", null},
                new Object[] {HttpMethod.GET, "/filings/42/steps/basic/more", null},
                new Object[] {HttpMethod.GET, "/filings/42/workflow", null},
                new Object[] {HttpMethod.POST, "/filings/42/workflow", null},
                new Object[] {HttpMethod.GET, "/filings;x=1/42/steps/basic", null},
                new Object[] {HttpMethod.GET, "/filings", null},
                new Object[] {HttpMethod.GET, "/filings/", null},
                new Object[] {HttpMethod.GET, "/Filings/42/steps/basic", null},
                new Object[] {HttpMethod.GET, "/companies/7", null},
                new Object[] {HttpMethod.GET, "/clients/7", null},
                new Object[] {HttpMethod.PUT, "/api/v1/filings/9", MediaType.APPLICATION_JSON_VALUE},
                new Object[] {HttpMethod.PUT, "/api/v1/filings/9", MediaType.TEXT_PLAIN_VALUE},
                new Object[] {HttpMethod.GET, "/api/v1/filings/9", null},
                new Object[] {HttpMethod.GET, "/filings/about/us", null},
                new Object[] {HttpMethod.GET, "/inbox/about", null},
                new Object[] {HttpMethod.GET, "/inbox/5", null},
                new Object[] {HttpMethod.GET, "/static/css/portal.css", null},
                new Object[] {HttpMethod.GET, "/", null},
                new Object[] {HttpMethod.GET, "/nowhere/at/all", null});
        List<String> answers = new ArrayList<>();
        for (Object[] r : requests) {
            String springAnswer = answer(spring, r);
            assertThat(answer(filtered, r)).as("%s %s", r[0], r[1]).isEqualTo(springAnswer);
            answers.add(springAnswer);
        }
        // The comparison means something: matches, refusals by method and content type, and misses are among them.
        assertThat(answers).contains("200 step 42 basic", "200 save 42 basic", "200 workflow 42", "200 about filings",
                "200 message about", "405 ", "415 ", "404 ", "200 static", "200 home", "200 company 7");
    }

    @Test
    void literalsByPositionUpToTheFirstSegmentThatMaySpanSeveral() {
        assertThat(LiteralSegmentMappings.literals("/filings/{id}/steps/{slug}"))
                .containsExactly("filings", null, "steps", null);
        assertThat(LiteralSegmentMappings.literals("/api/v1/filings")).containsExactly("api", "v1", "filings");
        assertThat(LiteralSegmentMappings.literals("/{page}/about")).containsExactly(null, "about");
        assertThat(LiteralSegmentMappings.literals("/static/**/x")).containsExactly("static");
        assertThat(LiteralSegmentMappings.literals("/files/{*rest}")).containsExactly("files");
        assertThat(LiteralSegmentMappings.literals("/a/*.css")).containsExactly("a");
        assertThat(LiteralSegmentMappings.literals("/a/v{version}/b")).containsExactly("a", null, "b");
        assertThat(LiteralSegmentMappings.literals("/a/{id:[0-9]+}")).isEmpty();
        assertThat(LiteralSegmentMappings.literals("/")).containsExactly((String) null);
        assertThat(LiteralSegmentMappings.literals("")).isEmpty();
        String[][] twoPatterns = LiteralSegmentMappings.literals(RequestMappingInfo.paths("/a/{x}", "/b/c").build());
        assertThat(LiteralSegmentMappings.anyMayMatch(twoPatterns, List.of("a", "1"))).isTrue();
        assertThat(LiteralSegmentMappings.anyMayMatch(twoPatterns, List.of("b", "c"))).isTrue();
        assertThat(LiteralSegmentMappings.anyMayMatch(twoPatterns, List.of("b", "d"))).isFalse();
        assertThat(LiteralSegmentMappings.anyMayMatch(twoPatterns, List.of("c"))).isFalse();
        // Where the path has fewer segments than the pattern's literals, Spring decides.
        assertThat(LiteralSegmentMappings.anyMayMatch(twoPatterns, List.of("b"))).isTrue();
    }

    private static String answer(MockMvc mvc, Object[] r) throws Exception {
        var builder = request((HttpMethod) r[0], (String) r[1]);
        if (r[2] != null) {
            builder.contentType((String) r[2]).content("{}");
        }
        MvcResult result = mvc.perform(builder).andReturn();
        return result.getResponse().getStatus() + " " + result.getResponse().getContentAsString();
    }
}
