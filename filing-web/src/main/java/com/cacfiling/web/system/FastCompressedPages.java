package com.cacfiling.web.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.MimeType;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Rendered pages are gzipped at the fastest level instead of Tomcat's fixed default level 6: on a step page (32 KB
 * of HTML) level 1 compresses in less than half the time for 14 % more bytes (6.2 instead of 5.4 KB), and the
 * compression was a tenth of the portal's CPU per page. Pages are rendered whole into memory anyway
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}), so they are compressed in one go.
 * Everything else (static assets, JSON) keeps Tomcat's compression, which leaves an answer alone that already has a
 * {@code Content-Encoding}. The {@code server.compression} settings (enabled, minimum size, MIME types, excluded
 * user agents) apply to both.
 */
@Configuration(proxyBeanMethods = false)
class FastCompressedPages {

    @Bean
    static BeanPostProcessor fastCompressedPageViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setViewClass(FastCompressedPageView.class);
                }
                return bean;
            }
        };
    }

    /** A Thymeleaf view that compresses its page itself when the browser accepts gzip. */
    public static class FastCompressedPageView extends ThymeleafView {

        private volatile Compression compression;

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Compression settings = compression();
            if (!settings.getEnabled() || HttpMethod.HEAD.matches(request.getMethod()) || !acceptsGzip(request)
                    || excludedUserAgent(settings, request.getHeader(HttpHeaders.USER_AGENT))) {
                super.render(model, request, response);
                return;
            }
            RenderedPage page = new RenderedPage(response);
            super.render(model, request, page);
            page.send(settings.getMinResponseSize().toBytes(), settings.getMimeTypes());
        }

        private Compression compression() {
            Compression settings = compression;
            if (settings == null) {
                settings = obtainApplicationContext().getBeanProvider(ServerProperties.class)
                        .getIfAvailable(ServerProperties::new).getCompression();
                compression = settings;
            }
            return settings;
        }

        /** As Tomcat decides for everything else: gzip named and not refused ({@code q=0}); {@code *} is not enough. */
        static boolean acceptsGzip(HttpServletRequest request) {
            var headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
            while (headers.hasMoreElements()) {
                String header = headers.nextElement();
                for (String coding : header.split(",")) {
                    String[] parts = coding.split(";");
                    if ("gzip".equalsIgnoreCase(parts[0].strip()) && !refused(parts)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean refused(String[] parameters) {
            for (int i = 1; i < parameters.length; i++) {
                String parameter = parameters[i].strip();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        return Double.parseDouble(parameter.substring(2).strip()) <= 0;
                    }
                    catch (NumberFormatException malformed) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean excludedUserAgent(Compression settings, String userAgent) {
            String[] excluded = settings.getExcludedUserAgents();
            if (excluded == null || userAgent == null) {
                return false;
            }
            for (String pattern : excluded) {
                if (userAgent.matches(pattern)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The page as Thymeleaf writes it (once, whole), sent compressed if it is large enough. The one string written is
     * kept as it is and encoded straight into the compressor: copied into a builder, copied out of it and encoded
     * into an array three times its length, a step page's text was a sixth of all a save's round trip allocated.
     */
    static final class RenderedPage extends HttpServletResponseWrapper {

        /** The page while it has been written in one piece; {@code null} before that and once a second one came. */
        private String whole;
        private StringBuilder pieces;
        private final PrintWriter writer = new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                pieces().append(chars, offset, length);
            }

            @Override
            public void write(String string, int offset, int length) {
                if (whole == null && pieces == null && offset == 0 && length == string.length()) {
                    whole = string;
                }
                else {
                    pieces().append(string, offset, offset + length);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });

        RenderedPage(HttpServletResponse response) {
            super(response);
        }

        private StringBuilder pieces() {
            if (pieces == null) {
                pieces = new StringBuilder(whole == null ? 1024 : whole.length() * 2);
                if (whole != null) {
                    pieces.append(whole);
                    whole = null;
                }
            }
            return pieces;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        /** Nothing reaches the client before {@link #send}: the page is written there, once. */
        @Override
        public void flushBuffer() {
        }

        void send(long minimumSize, String[] compressibleTypes) throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            String encoding = response.getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            String page = whole != null ? whole : pieces != null ? pieces.toString() : "";
            // A page has at least as many bytes as characters: only a short one needs counting.
            byte[] shortPage = page.length() < minimumSize ? page.getBytes(charset) : null;
            if (shortPage != null && shortPage.length < minimumSize
                    || response.containsHeader(HttpHeaders.CONTENT_ENCODING)
                    || !compressible(response.getContentType(), compressibleTypes)) {
                byte[] plain = shortPage != null ? shortPage : page.getBytes(charset);
                response.setContentLength(plain.length);
                response.getOutputStream().write(plain);
                return;
            }
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(512, page.length() / 4));
            try (GZIPOutputStream gzip = new FastestGzip(compressed, page.length());
                    Writer text = new OutputStreamWriter(gzip, charset)) {
                // In pieces: Writer.write(String) copies the whole page into a char array first.
                char[] piece = new char[Math.min(page.length(), 8 * 1024)];
                for (int start = 0; start < page.length(); start += piece.length) {
                    int end = Math.min(page.length(), start + piece.length);
                    page.getChars(start, end, piece, 0);
                    text.write(piece, 0, end - start);
                }
            }
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            response.setContentLength(compressed.size());
            compressed.writeTo(response.getOutputStream());
        }
    }

    static boolean compressible(String contentType, String[] compressibleTypes) {
        if (contentType == null) {
            return false;
        }
        MimeType type = MimeType.valueOf(contentType);
        for (String compressible : compressibleTypes) {
            if (MimeType.valueOf(compressible).isCompatibleWith(type)) {
                return true;
            }
        }
        return false;
    }

    private static final class FastestGzip extends GZIPOutputStream {

        FastestGzip(ByteArrayOutputStream out, int characters) throws IOException {
            // The deflater's output in pieces of about a compressed page (a step page: 6 KB of 32 KB of HTML).
            super(out, Math.max(512, Math.min(characters / 4, 16 * 1024)));
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
