# Builds and runs the portal against an external PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY filing-domain filing-domain
COPY filing-rules filing-rules
COPY filing-docs filing-docs
COPY filing-test-support filing-test-support
COPY filing-web filing-web
RUN ./mvnw -B -q -DskipTests package && cp filing-web/target/filing-web-*.jar /portal.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /app portal
WORKDIR /app
COPY --from=build /portal.jar /app/portal.jar
COPY deploy/cds-archive.sh /app/cds-archive.sh
COPY deploy/jvm.options /app/jvm.options
RUN chown portal /app
USER portal
# Fast start (docs/performance.md, "Start-up"): the jar extracted, with a class-data sharing archive recorded by a
# training run of this very JRE on a temporary embedded PostgreSQL (as the unprivileged user: PostgreSQL refuses
# root; the training database and the unpacked PostgreSQL binaries are removed again). Should the archive ever not
# fit, the JVM says so and starts the same application from the same jars without it. Operations commands:
# java -jar /app/fast-start/portal.jar backup … (README).
RUN sh /app/cds-archive.sh /app/portal.jar /app/fast-start \
 && rm -rf /app/portal.jar /tmp/embedded-pg /tmp/hsperfdata_portal
EXPOSE 8080
# Ready for traffic: the application and its database (the actuator's readiness group).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
# The portal's JVM options (deploy/jvm.options), then the heap as a share of the container's memory.
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/fast-start/portal.jsa", "-jar", "/app/fast-start/portal.jar"]
