package com.cacfiling.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI filingPortalApi() {
        return new OpenAPI()
                .info(new Info().title("CAC Filing Portal API").version("v1")
                        .description("Filings, checks and documents of the companies the caller may reach. "
                                + "Authenticate with a personal access token (profile page): Authorization: Bearer fpat_…. "
                                + "A read-only token may only GET; a token stops working when it expires. "
                                + "On this page, signed in, \"Try it out\" reads with your session; to change "
                                + "something, first Authorize with a token."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /**
     * Every operation's refusals, as problem JSON (RFC 9457) in the language of Accept-Language: Swagger UI showed
     * only the 200 answers and called the others "undocumented" (found in a walk).
     */
    @Bean
    org.springdoc.core.customizers.OperationCustomizer problemAnswers() {
        return (operation, handler) -> {
            io.swagger.v3.oas.models.media.Content problem = new io.swagger.v3.oas.models.media.Content()
                    .addMediaType("application/problem+json", new io.swagger.v3.oas.models.media.MediaType()
                            .schema(new io.swagger.v3.oas.models.media.ObjectSchema()
                                    .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
                                    .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                                    .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema())
                                    .addProperty("instance", new io.swagger.v3.oas.models.media.StringSchema())
                                    .addProperty("problems", new io.swagger.v3.oas.models.media.ArraySchema()
                                            .items(new io.swagger.v3.oas.models.media.ObjectSchema()
                                                    .addProperty("path", new io.swagger.v3.oas.models.media.StringSchema())
                                                    .addProperty("message",
                                                            new io.swagger.v3.oas.models.media.StringSchema())))));
            var responses = operation.getResponses();
            java.util.Map<String, String> refusals = new java.util.LinkedHashMap<>();
            refusals.put("400", "Not valid: the detail (and for a body, problems) says what, where");
            refusals.put("401", "No valid token (unknown, revoked or expired): send Authorization: Bearer fpat_…");
            refusals.put("404", "No such resource, or the caller may not see it");
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PutMapping.class)
                    || handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class)) {
                refusals.put("403", "The token is read-only; or a call from a signed-in browser (this page's "
                        + "\"Try it out\" without a token) lacks the page's CSRF token: authorize with a personal "
                        + "access token to change something from here");
            }
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PutMapping.class)) {
                refusals.put("409", "Not editable now (e.g. in review or submitted)");
                refusals.put("412", "Changed since the caller's GET: read it again");
                refusals.put("428", "If-Match missing: send the ETag of GET");
            }
            // Every answer's words (problems, findings, labels) follow Accept-Language: said on every operation,
            // where a caller looks (found in a walk: only two operations' summaries mentioned it).
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "Accept-Language".equalsIgnoreCase(parameter.getName()));
            if (!declared) {
                operation.addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter()
                        .name("Accept-Language").required(false)
                        .description("zh-CN or en: the language of the answer's words (problems, findings); "
                                + "English without it")
                        .schema(new io.swagger.v3.oas.models.media.StringSchema()._default("en")
                                .addEnumItem("zh-CN").addEnumItem("en")));
            }
            refusals.forEach((status, description) -> {
                if (responses != null && !responses.containsKey(status)) {
                    responses.addApiResponse(status, new io.swagger.v3.oas.models.responses.ApiResponse()
                            .description(description).content(problem));
                }
            });
            return operation;
        };
    }
}
