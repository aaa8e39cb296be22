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
USER portal
EXPOSE 8080
# Ready for traffic: the application and its database (the actuator's readiness group).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
