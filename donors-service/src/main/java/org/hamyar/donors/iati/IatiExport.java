package org.hamyar.donors.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hamyar.donors.fund.Fund;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A fund as one IATI activity (IATI Activity Standard 2.03), for international partners
 * (docs/product.md §5). Its transactions:
 * <ul>
 * <li>type 1 <em>Incoming Funds</em>: each donation that is money (received, or a pledge paid);</li>
 * <li>type 2 <em>Outgoing Commitment</em>: each allocation reserved and not released;</li>
 * <li>type 3 <em>Disbursement</em>: each allocation committed to granted aid, to its provider.</li>
 * </ul>
 * Values are integer rials (currency IRR). Donors and beneficiaries are never named: a donation's
 * provider is "a donor" with the donor's opaque id, an allocation's receiver the providing
 * organisation. Identifiers use the private registration-agency prefix {@code XI-HAMYAR}.
 */
@ApplicationScoped
public class IatiExport {

    static final String PREFIX = "XI-HAMYAR-";

    private final EntityManager em;
    private final Clock clock;

    IatiExport(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String activity(Fund fund) {
        @SuppressWarnings("unchecked")
        List<Object[]> transactions = em.createNativeQuery("""
                        select 1 as type, d.id, d.amount_rials, d.received_at as at, d.donor_id as party from donation d
                          where d.fund_id = ?1 and d.status in ('RECEIVED', 'PAID') and d.kind <> 'IN_KIND'
                        union all
                        select 2, a.id, a.amount_rials, a.reserved_at, a.provider_organization_id from allocation a
                          where a.fund_id = ?1 and a.status in ('RESERVED', 'COMMITTED')
                        union all
                        select 3, a.id, a.amount_rials, a.committed_at, a.provider_organization_id from allocation a
                          where a.fund_id = ?1 and a.status = 'COMMITTED'
                        order by at, type, id""")
                .setParameter(1, fund.id()).getResultList();
        ZoneId zone = clock.getZone();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.now(clock).atZone(zone)));
            xml.writeStartElement("iati-activity");
            xml.writeAttribute("default-currency", "IRR");
            xml.writeAttribute("xml:lang", "fa");
            xml.writeAttribute("last-updated-datetime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(fund.updatedAt().atZone(zone)));
            element(xml, "iati-identifier", PREFIX + fund.id());
            xml.writeStartElement("reporting-org");
            xml.writeAttribute("ref", PREFIX + fund.ownerOrganizationId());
            xml.writeAttribute("type", "22");
            narrative(xml, "Hamyar network member " + fund.ownerOrganizationId());
            xml.writeEndElement();
            xml.writeStartElement("title");
            narrative(xml, fund.nameFa());
            xml.writeEndElement();
            xml.writeStartElement("description");
            narrative(xml, fund.kind().name() + (fund.restrictionFa() == null ? "" : ": " + fund.restrictionFa()));
            xml.writeEndElement();
            empty(xml, "activity-status", "code", "2");
            xml.writeStartElement("activity-date");
            xml.writeAttribute("type", "2");
            xml.writeAttribute("iso-date", fund.createdAt().atZone(zone).toLocalDate().toString());
            xml.writeEndElement();
            for (Object[] row : transactions) {
                transaction(xml, ((Number) row[0]).intValue(), (UUID) row[1], ((Number) row[2]).longValue(),
                        instant(row[3]).atZone(zone).toLocalDate(), (UUID) row[4]);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
        return out.toString();
    }

    private static void transaction(XMLStreamWriter xml, int type, UUID id, long rials, LocalDate day, UUID party)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        xml.writeAttribute("ref", PREFIX + id);
        empty(xml, "transaction-type", "code", Integer.toString(type));
        empty(xml, "transaction-date", "iso-date", day.toString());
        xml.writeStartElement("value");
        xml.writeAttribute("currency", "IRR");
        xml.writeAttribute("value-date", day.toString());
        xml.writeCharacters(Long.toString(rials));
        xml.writeEndElement();
        xml.writeStartElement(type == 1 ? "provider-org" : "receiver-org");
        if (party != null) {
            xml.writeAttribute("ref", PREFIX + party);
        }
        narrative(xml, type == 1 ? "Donor" : "Providing organisation");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String name, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        element(xml, "narrative", text);
    }
}
