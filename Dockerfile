# syntax=docker/dockerfile:1
# Gopherscope: build with the Maven wrapper (the same command CI uses), run the jar on a JRE.
#   docker build -t gopherscope .
#   docker run -p 8080:8080 -v gopherscope-data:/data gopherscope

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN chmod +x mvnw
# The cache mount keeps ~/.m2 between builds (BuildKit, the default builder).
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B package -DskipTests
# Split the executable jar into layers so a code change does not re-ship the libraries.
RUN java -Djarmode=tools -jar target/gopherscope.jar extract --layers --launcher --destination /extracted

FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 gopher \
 && useradd --system --uid 10001 --gid gopher --home-dir /app --shell /usr/sbin/nologin gopher \
 && mkdir -p /data /lessons \
 && chown gopher:gopher /data
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./

# Data (the embedded database and uploads) lives in a volume. Lessons come from the jar unless
# a folder is mounted and named: -v ./lessons:/lessons:ro -e GOPHERSCOPE_LESSONS_DIR=/lessons
ENV GOPHERSCOPE_DATA_DIR=/data \
    GOPHERSCOPE_LESSONS_DIR="" \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
USER gopher
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health | grep -q '"status":"UP"' || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
