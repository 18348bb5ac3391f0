package id.sinergi.demo;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.sinergi.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/demo-dataset")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Admins only: loading the demo dataset")
public class DemoDatasetResource {

    @Inject
    DemoDataset demo;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "loadDemoDataset", summary = "Load the demo dataset",
            description = "Admins only. Adds the Whole-of-Government demo (LAPOR!: KemenPAN-RB, KSP, Ombudsman; Mal Pelayanan "
                    + "Publik and PTSP in Kota Semarang; SAMSAT: Bapenda Jawa Tengah, Polri, Jasa Raharja) with realisations, "
                    + "links of several types, a duplication and a few integrity problems, for period 2025-2029. "
                    + "All or nothing; 409 when it is already there.")
    @APIResponse(responseCode = "201", description = "Loaded; Location points at the demo's planning period", content = @Content(schema = @Schema(implementation = DemoDataset.Loaded.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response load() {
        DemoDataset.Loaded loaded = demo.load();
        return Response.created(URI.create("/api/v1/periods/" + loaded.period())).entity(loaded).build();
    }
}
