// Partner Center Orders bot on Azure:
//   - App Service plan (Linux) + Web App on the Node 22 LTS runtime (code deploy of a built zip, see README.md)
//   - a user-assigned managed identity, which reads the Key Vault secrets behind the app settings
//   - a Key Vault (RBAC authorization) holding MicrosoftAppPassword and PartnerCenterClientSecret
//   - a single-tenant Azure Bot on https://<app>.azurewebsites.net/api/messages with the Microsoft Teams channel
//
// az deployment group create -g <rg> -f deploy/azure/main.bicep -p @deploy/azure/main.parameters.json \
//   -p appPassword=<bot client secret> pcClientSecret=<Partner Center client secret>
//
// The bot's Entra app registration (single tenant) and its client secret are made beforehand: Bicep does not
// create app registrations.

targetScope = 'resourceGroup'

@description('Base of the resource names: letters, digits and hyphens.')
@minLength(3)
@maxLength(24)
param name string = 'pc-orders-bot'

param location string = resourceGroup().location

@description('Web App name (the host is <appName>.azurewebsites.net): globally unique.')
@maxLength(60)
param appName string = '${name}-${uniqueString(resourceGroup().id, name)}'

@description('Azure Bot resource name (the bot handle): globally unique.')
param botName string = '${name}-${uniqueString(resourceGroup().id, name)}'

@description('Key Vault name: 3-24 letters, digits, hyphens, globally unique.')
@maxLength(24)
param keyVaultName string = 'kv${take(replace(name, '-', ''), 9)}${uniqueString(resourceGroup().id, name)}'

@description('App Service plan SKU. B1 is the smallest with Always On.')
@allowed(['B1', 'B2', 'S1', 'P0v3', 'P1v3'])
param planSku string = 'B1'

@description('Azure Bot SKU. Teams is a standard channel: free on F0.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Shown in the Azure portal; the name people see in Teams comes from the Teams app manifest.')
param botDisplayName string = 'Partner Center Orders'

@description('Application (client) id of the bot\'s single-tenant Entra app registration: MicrosoftAppId.')
param botAppId string

@description('Tenant of the bot\'s app registration: MicrosoftAppTenantId.')
param botTenantId string = tenant().tenantId

@secure()
@description('Client secret of the bot\'s app registration: MicrosoftAppPassword (stored in Key Vault).')
param appPassword string

@description('Partner (CSP) tenant id used to call Partner Center.')
param pcTenantId string

@description('Client id of the app registration with Partner Center API access (app-only).')
param pcClientId string

@secure()
@description('Client secret of that app registration (stored in Key Vault).')
param pcClientSecret string

@allowed(['global', 'usgov', 'china'])
param pcCloud string = 'global'

@description('Comma-separated tenant ids whose people may use the bot; empty = the bot\'s own tenant.')
param allowedTenantIds string = ''

@description('Commands per person per minute; 0 turns the limit off.')
@minValue(0)
@maxValue(10000)
param rateLimitPerMinute int = 20

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('Purge protection cannot be turned off again once on; the vault name stays taken for the retention days after deletion.')
param enablePurgeProtection bool = true

param tags object = {}

var keyVaultSecretsUserRole = subscriptionResourceId(
  'Microsoft.Authorization/roleDefinitions',
  '4633458b-17de-408a-b874-0445c86b69e6'
)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}'
  location: location
  tags: tags
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

// Key Vault secret names allow letters, digits and hyphens only: no PARTNER_CENTER_CLIENT_SECRET.
resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: appPassword
    contentType: 'Client secret of the bot app registration'
  }
}

resource pcClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'PartnerCenterClientSecret'
  properties: {
    value: pcClientSecret
    contentType: 'Client secret of the Partner Center app registration'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with the user-assigned identity, not a system-assigned one.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      webSocketsEnabled: false
      appSettings: [
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botTenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})'
        }
        {
          name: 'PARTNER_CENTER_TENANT_ID'
          value: pcTenantId
        }
        {
          name: 'PARTNER_CENTER_CLIENT_ID'
          value: pcClientId
        }
        {
          name: 'PARTNER_CENTER_CLIENT_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${pcClientSecretSecret.properties.secretUri})'
        }
        {
          name: 'PARTNER_CENTER_CLOUD'
          value: pcCloud
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: allowedTenantIds
        }
        {
          name: 'RATE_LIMIT_PER_MINUTE'
          value: string(rateLimitPerMinute)
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        // App Service sets PORT; the bot listens on 0.0.0.0 because MicrosoftAppId is set.
        // The zip already holds dist/ and production node_modules: no build on the server, run it read-only.
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
      ]
    }
  }
  // The identity must be able to read the secrets before the app first resolves its Key Vault references.
  dependsOn: [
    secretsUser
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Messaging endpoint of the Azure Bot.')
output botEndpoint string = bot.properties.endpoint

@description('Host name of the Web App: BOT_DOMAIN for npm run package:teams.')
output appHostName string = app.properties.defaultHostName

output webAppName string = app.name
output keyVaultName string = vault.name
output identityClientId string = identity.properties.clientId
