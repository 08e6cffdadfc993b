#!/usr/bin/env bash
# Creates the network's topics and gives each service exactly the rights it needs: it writes its own
# topic (and its dead-letter topics), reads the topics it consumes in its own group — so that only
# the agreements-service can publish an agreement-activated, say. Run once by docker compose
# (service kafka-setup) with the broker's admin credentials; every step is idempotent.
set -euo pipefail

bootstrap=kafka:9092
config=$(mktemp)
trap 'rm -f "$config"' EXIT
cat > "$config" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

bin=/opt/kafka/bin
topic() {
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$config" \
        --create --if-not-exists --topic "$1" --partitions "${2:-6}" --replication-factor 1
}
allow() { # user operation resource-type resource-name
    "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$config" \
        --add --allow-principal "User:$1" --operation "$2" "--$3" "$4"
}
writes() { allow "$1" Write topic "$2"; allow "$1" Describe topic "$2"; }
reads() { allow "$1" Read topic "$2"; allow "$1" Describe topic "$2"; allow "$1" Read group "$3"; }

for t in agreements.events beneficiaries.events donors.events; do topic "$t"; done
for t in agreements.events.beneficiaries-dlq agreements.events.donors-dlq beneficiaries.events.donors-dlq; do topic "$t" 1; done

writes agreements-service agreements.events

writes beneficiaries-service beneficiaries.events
reads beneficiaries-service agreements.events beneficiaries-service
writes beneficiaries-service agreements.events.beneficiaries-dlq

writes donors-service donors.events
reads donors-service agreements.events donors-service
reads donors-service beneficiaries.events donors-service
writes donors-service agreements.events.donors-dlq
writes donors-service beneficiaries.events.donors-dlq

echo "topics and ACLs in place"
