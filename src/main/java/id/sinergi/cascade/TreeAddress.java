package id.sinergi.cascade;

import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which tree a request is about: the path's agency and period ({@code /agencies/{agency}/cascades/{period}}). */
public class TreeAddress {

    @PathParam("agency")
    @Parameter(description = "Agency code", example = "KEMENPANRB")
    public String agency;

    @PathParam("period")
    @Parameter(description = "Planning period code", example = "2025-2029")
    public String period;
}
