package org.analyst.statement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AttestationInput")
@Description("A passage of an article's body that reports the statement; the excerpt is body.substring(start, end).")
public class AttestationInput {

    @NonNull
    @NotNull
    @Id
    public String articleId;

    @NonNull
    @NotNull
    public AttestationForm form;

    @PositiveOrZero
    @Description("Offset of the passage's first character in the body (UTF-16 code units).")
    public int start;

    @PositiveOrZero
    @Description("Offset just past the passage's last character.")
    public int end;
}
