# SafeSchool as a container image (README "Operating SafeSchool" > "Container image").
#   docker build -t safeschool:0.1.0 .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=... -e SPRING_DATASOURCE_USERNAME=... \
#              -e SPRING_DATASOURCE_PASSWORD=... safeschool:0.1.0
# Needs BuildKit (the default builder of current Docker) for the Maven cache mount.

# --- build: the production bundle (no Node.js, no npm), then the jar split into layers ---
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
# the sources (.dockerignore leaves out target/ and data/); .git, when present, gives /actuator/info its commit
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -Pproduction package -DskipTests \
    && cp target/safeschool-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# --- run: a JRE, an unprivileged user, configuration from the environment only ---
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin safeschool
WORKDIR /app
# dependencies change least often: their layers come first and stay cached between releases
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
USER safeschool
# SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD and the rest: README "Environment variables"
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    SERVER_PORT=8080
EXPOSE 8080
# readiness: started and the database answers (an SMTP outage must not mark the node unhealthy)
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
