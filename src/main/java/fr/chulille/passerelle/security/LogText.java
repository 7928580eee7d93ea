package fr.chulille.passerelle.security;

/** Text typed by a visitor, made safe for one log line (no forged lines, bounded length). */
final class LogText {

    private static final int MAX_LENGTH = 100;

    private LogText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH) + "…";
    }
}
