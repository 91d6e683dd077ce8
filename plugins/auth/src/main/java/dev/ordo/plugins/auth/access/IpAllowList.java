package dev.ordo.plugins.auth.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A policy's {@code ip_access}: comma-separated addresses, ranges ({@code a-b}) and CIDR blocks. An empty list
 * allows everyone; otherwise an unknown client address is refused, as in Directus.
 */
final class IpAllowList {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]+");

    private IpAllowList() {
    }

    static boolean permits(String ipAccess, Optional<String> clientIp) {
        if (ipAccess == null || ipAccess.isBlank()) {
            return true;
        }
        Optional<byte[]> client = clientIp.flatMap(IpAllowList::parseAddress);
        if (client.isEmpty()) {
            return false;
        }
        return Arrays.stream(ipAccess.split(","))
            .map(String::trim)
            .filter(entry -> !entry.isEmpty())
            .anyMatch(entry -> matches(entry, client.get()));
    }

    /** Whether {@code entry} is an address, a range from a lower to a higher address of one family, or a CIDR block. */
    static boolean isEntry(String entry) {
        String text = entry.trim();
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String prefix = text.substring(slash + 1).trim();
            Optional<byte[]> network = parseAddress(text.substring(0, slash));
            return network.isPresent() && prefix.matches("\\d{1,3}")
                && Integer.parseInt(prefix) <= network.get().length * 8;
        }
        int dash = text.indexOf('-');
        if (dash >= 0) {
            Optional<byte[]> low = parseAddress(text.substring(0, dash));
            Optional<byte[]> high = parseAddress(text.substring(dash + 1));
            return low.isPresent() && high.isPresent() && low.get().length == high.get().length
                && Arrays.compareUnsigned(low.get(), high.get()) <= 0;
        }
        return parseAddress(text).isPresent();
    }

    private static boolean matches(String entry, byte[] client) {
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            return inBlock(entry.substring(0, slash), entry.substring(slash + 1), client);
        }
        int dash = entry.indexOf('-');
        if (dash >= 0) {
            return inRange(entry.substring(0, dash), entry.substring(dash + 1), client);
        }
        return parseAddress(entry).map(address -> Arrays.equals(address, client)).orElse(false);
    }

    private static boolean inBlock(String network, String prefixText, byte[] client) {
        Optional<byte[]> base = parseAddress(network);
        if (base.isEmpty() || base.get().length != client.length || !prefixText.trim().matches("\\d{1,3}")) {
            return false;
        }
        int prefix = Integer.parseInt(prefixText.trim());
        if (prefix > client.length * 8) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((base.get()[bit / 8] & mask) != (client[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRange(String first, String last, byte[] client) {
        Optional<byte[]> low = parseAddress(first);
        Optional<byte[]> high = parseAddress(last);
        if (low.isEmpty() || high.isEmpty() || low.get().length != client.length || high.get().length != client.length) {
            return false;
        }
        return Arrays.compareUnsigned(low.get(), client) <= 0 && Arrays.compareUnsigned(client, high.get()) <= 0;
    }

    /** Parses an IP literal without ever asking DNS: host names are simply not addresses here. */
    static Optional<byte[]> parseAddress(String text) {
        String address = text.trim();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        var ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        // With a colon the JDK parses an IPv6 literal and never falls back to a name lookup.
        if (address.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
