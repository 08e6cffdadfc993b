# One image recipe for every Hamyar service: the Quarkus fast-jar built by `mvn package`.
# Build from the repository root:  docker build -f docker/service.Dockerfile --build-arg SERVICE=gateway .
FROM eclipse-temurin:21-jre
ARG SERVICE
# the JVM options of the local suite (local-infrastructure's Suite; docs/benchmarks.md says why)
ENV LANG=C.UTF-8 JAVA_OPTS="-XX:+UseSerialGC -Xms128m -Xmx256m" MALLOC_ARENA_MAX=2
WORKDIR /deployments
COPY ${SERVICE}/target/quarkus-app/lib/ lib/
COPY ${SERVICE}/target/quarkus-app/*.jar ./
COPY ${SERVICE}/target/quarkus-app/app/ app/
COPY ${SERVICE}/target/quarkus-app/quarkus/ quarkus/
USER 1001
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
