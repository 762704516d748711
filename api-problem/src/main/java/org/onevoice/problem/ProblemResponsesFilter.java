package org.onevoice.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every documented error response of the API is {@code application/problem+json}: resources
 * declare only code and meaning, this filter adds the body schema.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponsesFilter::describeProblem);
                }
            });
        }
    }

    private static void describeProblem(String code, APIResponse response) {
        boolean error = code.startsWith("4") || code.startsWith("5");
        if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }
}
