// GENERATED FILE: DO NOT EDIT BY HAND. Written by npm run codegen (GraphQL Code Generator, see codegen.yml)
// from schema.graphql and operations/*.graphql; test/operations.test.ts fails when it is stale.
export * from "./gql.js";