package dev.ordo.api.config;

/** A configuration variable holds a value Ordo cannot use. The message names the variable, never its value. */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(setting + " " + problem + ".");
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
