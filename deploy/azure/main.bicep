// Partner Center Orders bot on Azure: App Service (Linux, Node 22), a user-assigned managed identity, a
// single-tenant Azure Bot with the Microsoft Teams channel, and a Key Vault holding the two secrets.
// az deployment group create -g <rg> -f deploy/azure/main.bicep -p @deploy/azure/main.parameters.json \
//   -p botAppPassword=<secret> partnerCenterClientSecret=<secret>

@description('Base name for every resource (letters, digits, hyphens).')
param name string = 'pc-orders-bot'

param location string = resourceGroup().location

@description('App id of the bot\'s Entra app registration (single tenant).')
param botAppId string

@secure()
@description('Client secret of the bot\'s app registration.')
param botAppPassword string

@description('Tenant of the bot registration and of the people who may use it.')
param tenantId string = subscription().tenantId

@description('Partner tenant id used to call Partner Center.')
param partnerCenterTenantId string

@description('App id used to call Partner Center (app-only).')
param partnerCenterClientId string

@secure()
param partnerCenterClientSecret string

@allowed(['global', 'usgov', 'china'])
param partnerCenterCloud string = 'global'

@description('Comma-separated tenant ids allowed to use the bot; defaults to the bot\'s tenant.')
param allowedTenantIds string = tenantId

param rateLimitPerMinute int = 20

@allowed(['B1', 'S1', 'P0v3', 'P1v3'])
param planSku string = 'B1'

var suffix = uniqueString(resourceGroup().id, name)
var appName = '${name}-${suffix}'
var vaultName = take('kv${replace(name, '-', '')}${suffix}', 24)
var keyVaultSecretsUser = subscriptionResourceId(
  'Microsoft.Authorization/roleDefinitions',
  '4633458b-17de-408a-b874-0445c86b69e6'
)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: { value: botAppPassword }
}

resource partnerCenterSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'PartnerCenterClientSecret'
  properties: { value: partnerCenterClientSecret }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: planSku != 'B1'
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})' }
        { name: 'PARTNER_CENTER_TENANT_ID', value: partnerCenterTenantId }
        { name: 'PARTNER_CENTER_CLIENT_ID', value: partnerCenterClientId }
        { name: 'PARTNER_CENTER_CLIENT_SECRET', value: '@Microsoft.KeyVault(SecretUri=${partnerCenterSecret.properties.secretUri})' }
        { name: 'PARTNER_CENTER_CLOUD', value: partnerCenterCloud }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        { name: 'RATE_LIMIT_PER_MINUTE', value: string(rateLimitPerMinute) }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'PORT', value: '8080' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
  dependsOn: [secretsUser]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'Partner Center Orders'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output botEndpoint string = bot.properties.endpoint
output appHostName string = app.properties.defaultHostName
output keyVaultName string = vault.name
