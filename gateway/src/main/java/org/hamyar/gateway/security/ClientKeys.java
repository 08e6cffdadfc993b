package org.hamyar.gateway.security;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who a rate limit counts against: a signed-in caller by the token's authorised party and subject
 * ({@code azp:sub}, so one user on two apps has two budgets and two users on one app do not share
 * one), anyone else by address.
 */
public final class ClientKeys {

    private ClientKeys() {
    }

    public static String of(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            String party = token.getClaim("azp");
            String subject = token.getSubject();
            return "token:" + (party == null ? "-" : party) + ':' + (subject != null ? subject : token.getName());
        }
        return "user:" + principal.getName();
    }

    /** The OAuth client the token was issued to (its {@code azp}), which chooses the rate; null when unknown. */
    public static String clientId(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("azp") instanceof String party) {
            return party;
        }
        return null;
    }

    public static String ofAddress(String address) {
        return "address:" + address;
    }
}
