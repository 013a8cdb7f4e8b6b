package io.github.govreport.cli;

import java.io.IOException;

/**
 * A writer refuses one document (another input of the run had the same document id) while the
 * output itself is fine: that input fails, the batch goes on.
 */
final class RejectedDocumentException extends IOException {

    RejectedDocumentException(String reason) {
        super(reason);
    }
}
