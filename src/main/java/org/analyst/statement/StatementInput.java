package org.analyst.statement;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.analyst.time.PartialDateInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementInput")
@Description("A statement's editable content. On update, a field left out (null) keeps its value; a list replaces.")
public class StatementInput {

    @NonNull
    @NotNull
    @Id
    public String speakerId;

    @NonNull
    @NotNull
    public StatementKind kind;

    @Description("Default on create: REPORTED_POSITION.")
    public StatementMode mode;

    @NonNull
    @NotBlank
    @Size(max = 1_000)
    @Description("An editorial one-liner, never presented as a quote.")
    public String summary;

    @Size(max = 10_000)
    @Description("The verbatim words; a DIRECT_QUOTE attestation must contain them.")
    public String quote;

    @NonNull
    @NotNull
    @Valid
    public PartialDateInput date;

    @Description("Default on create: UNSPECIFIED.")
    public Medium medium;

    @Size(max = 300)
    public String venue;

    @Size(max = 50)
    public List<@NonNull @Valid StatementTargetInput> targets;

    @Description("Default on create: CONFIRMED.")
    public Attribution attribution;

    @Description("Default on create: ACTIVE.")
    public StatementStatus status;

    @Size(max = 2_000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
    public String sourceUrl;

    @NonNull
    @NotEmpty
    @Size(max = 50)
    @Description("Where articles report it; at least one.")
    public List<@NonNull @Valid AttestationInput> attestations;

    @Size(max = 50)
    public List<@NonNull @Valid StatementRelationInput> relations;
}
