package org.fabrique.toolbox;

import java.util.List;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.QueryParams;

/**
 * The licences a shared resource may carry (issue 12): a closed list, so that the catalogue can be
 * filtered by licence and the SPA offers a choice instead of free text. The values are the labels
 * the data already used ("CC BY-SA 4.0"); migration V46 maps older spellings onto them.
 */
public final class Licences {
    /** The list, in the order the SPA offers it. */
    public static final List<String> ALL = List.of(
            "Licence Ouverte 2.0",
            "CC BY 4.0",
            "CC BY-SA 4.0",
            "CC BY-NC 4.0",
            "CC BY-NC-SA 4.0",
            "CC BY-ND 4.0",
            "CC0 1.0",
            "ODbL 1.0",
            "AGPL-3.0",
            "GPL-3.0",
            "EUPL-1.2",
            "MIT",
            "Apache-2.0",
            "All rights reserved");

    /** The same list as a pattern, for Bean Validation (a test keeps the two equal). */
    public static final String PATTERN = "^(Licence Ouverte 2\\.0|CC BY 4\\.0|CC BY-SA 4\\.0|CC BY-NC 4\\.0"
            + "|CC BY-NC-SA 4\\.0|CC BY-ND 4\\.0|CC0 1\\.0|ODbL 1\\.0|AGPL-3\\.0|GPL-3\\.0|EUPL-1\\.2|MIT"
            + "|Apache-2\\.0|All rights reserved)$";

    private Licences() {}

    /** A list filter's licence: null when absent, a 400 on {@code licence} when not of the list. */
    public static String filter(String value) {
        String licence = QueryParams.text("licence", value, 120);
        if (licence != null && !ALL.contains(licence)) {
            throw PageRequest.invalid("licence", "must be one of {0}", String.join(", ", ALL));
        }
        return licence;
    }
}
