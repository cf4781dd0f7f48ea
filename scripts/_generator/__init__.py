"""The SDK generator: bundle the document, build the models and render the resources."""
