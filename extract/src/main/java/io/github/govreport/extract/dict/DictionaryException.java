package io.github.govreport.extract.dict;

/** A dictionary file that cannot be used; the message names the file and line. */
public class DictionaryException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DictionaryException(String message) {
        super(message);
    }
}
