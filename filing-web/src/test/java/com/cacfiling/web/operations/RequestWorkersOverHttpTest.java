package com.cacfiling.web.operations;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.web.TestFixtures;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.cacfiling.web.operations.RequestWorkersTest.until;
import static org.assertj.core.api.Assertions.assertThat;

/** The turns on the running Tomcat: its request threads are the workers, and stalled uploads hold up no page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class)
class RequestWorkersOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestWorkers workers;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    MeterRegistry meters;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> loginPage() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    double timeouts() {
        return meters.get("filing.requests.turn.timeouts").counter().count();
    }

    @Test
    void tomcatWorksOnRequestsWithTheWorkersThreads() throws Exception {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        assertThat(server.getTomcat().getConnector().getProtocolHandler().getExecutor()).isSameAs(workers);
        long before = workers.getCompletedTaskCount();
        assertThat(loginPage().statusCode()).isEqualTo(200);
        until(() -> workers.getCompletedTaskCount() > before);
    }

    @Test
    void uploadsWhoseClientsStallHoldUpNoPage() throws Exception {
        int uploads = workers.getCorePoolSize() + 1;
        double timeoutsBefore = timeouts();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < uploads; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                stalled.add(socket);
                OutputStream out = socket.getOutputStream();
                // The head and the first bytes of a 100-KB upload; the rest never comes while the page is asked.
                out.write(("POST /filings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n"
                        + "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            until(() -> workers.uploadsRunning() == uploads);

            assertThat(loginPage().statusCode()).isEqualTo(200);
            assertThat(timeouts()).as("the page got a thread of the workers, none lent").isEqualTo(timeoutsBefore);
        }
        finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        until(() -> workers.uploadsRunning() == 0);
        until(() -> workers.getPoolSize() == workers.getCorePoolSize());
        assertThat(workers.getCorePoolSize()).isEqualTo(RequestWorkers.defaultConcurrentRequests());
    }
}
