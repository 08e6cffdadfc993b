package org.hamyar.benchmarks.duplicates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hamyar.beneficiaries.duplicate.Identity;

import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke (no.priv.garshol.duke 1.2), a general record-linkage engine: Lucene finds the candidates,
 * Bayesian field probabilities combine the comparators. It gets the same normalised names and
 * parsed dates as the service's finder (Duke's own cleaners know Latin text, not Persian), and a
 * configuration in Duke's usual form: Jaro–Winkler on the names, exact birth date, county and sex.
 */
public final class DukeLinker {

    private DukeLinker() {
    }

    public static Set<Long> link(List<Identity> identities) {
        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl("ID"));
        properties.add(new PropertyImpl("FIRST", new JaroWinkler(), 0.1, 0.9));
        properties.add(new PropertyImpl("LAST", new JaroWinkler(), 0.1, 0.9));
        properties.add(new PropertyImpl("FATHER", new JaroWinkler(), 0.3, 0.75));
        properties.add(new PropertyImpl("BIRTH", new ExactComparator(), 0.2, 0.9));
        properties.add(new PropertyImpl("COUNTY", new ExactComparator(), 0.4, 0.6));
        properties.add(new PropertyImpl("SEX", new ExactComparator(), 0.05, 0.5));
        config.setProperties(properties);
        config.setThreshold(0.9);
        LuceneDatabase database = new LuceneDatabase();
        database.setMaxSearchHits(20);
        database.setConfiguration(config);
        config.setDatabase(database);

        List<Record> records = new ArrayList<>(identities.size());
        for (int i = 0; i < identities.size(); i++) {
            Identity identity = identities.get(i);
            RecordImpl record = new RecordImpl();
            record.addValue("ID", Integer.toString(i));
            record.addValue("FIRST", identity.firstName());
            record.addValue("LAST", identity.lastName());
            if (identity.fatherName() != null) {
                record.addValue("FATHER", identity.fatherName());
            }
            record.addValue("BIRTH", identity.birthDate().toString());
            if (identity.county() != null) {
                record.addValue("COUNTY", identity.county());
            }
            record.addValue("SEX", identity.sex().name());
            records.add(record);
        }
        Set<Long> pairs = new HashSet<>();
        Processor processor = new Processor(config, database);
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record a, Record b, double confidence) {
                pairs.add(PairCount.pair(Integer.parseInt(a.getValue("ID")), Integer.parseInt(b.getValue("ID"))));
            }
        });
        processor.deduplicate(records);
        processor.close();
        return pairs;
    }
}
