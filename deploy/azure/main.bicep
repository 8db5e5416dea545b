// Partner Center Orders bot on Azure:
//   - App Service plan (Linux) + Web App on the Node 22 LTS runtime (code deploy of a built zip, see README.md)
//   - a user-assigned managed identity, which reads the Key Vault secrets behind the app settings
//   - a Key Vault (RBAC authorization) holding MicrosoftAppPassword and PartnerCenterClientSecret
//   - a single-tenant Azure Bot on https://<app>.azurewebsites.net/api/messages with the Microsoft Teams channel
//   - two or more instances of the bot (instanceCount) sharing one Azure Cache for Redis: TLS only (6380, TLS 1.2+),
//     public network access disabled, reached through a private endpoint in a VNet the app is integrated with;
//     its access key lives only in Key Vault, inside the REDIS_URL secret the app reads as a Key Vault reference
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

@description('Bot instances (App Service plan workers). Any instance may take any turn: the cache, limits, answered activity ids, the Partner Center budget and the customer directory are shared in Redis.')
@minValue(2)
param instanceCount int = 2

@description('Azure Cache for Redis tier: Standard (replicated, with an SLA) or Premium. Basic has no replica and no SLA.')
@allowed(['Basic', 'Standard', 'Premium'])
param redisSku string = 'Standard'

@description('Azure Cache for Redis size: 0-6 for C0-C6 (Basic, Standard), 1-5 for P1-P5 (Premium).')
@minValue(0)
@maxValue(6)
param redisCapacity int = 1

@description('Redis persistence: RDB snapshots to a storage account every 60 minutes, so order watches survive a restart or a patch that empties the cache. Azure offers persistence on Premium only: with true, redisSku must be Premium (redisCapacity 1-5, P1 and up, several times the price of Standard C1). Without it, a cache emptied by Azure loses the watches; the bot logs the loss once and people must watch again.')
param redisPersistence bool = false

@description('Address space of the VNet holding the app integration subnet and the Redis private endpoint.')
param vnetAddressPrefix string = '10.60.0.0/16'

@description('Partner Center calls per minute for the whole partner tenant, all instances together (Partner Center allows about 500).')
@minValue(1)
@maxValue(100000)
param partnerCenterBudgetPerMinute int = 400

@description('Minutes between reloads of the customer directory; 0 = no directory (every name is searched in Partner Center).')
@minValue(0)
@maxValue(1440)
param customerDirectoryRefreshMinutes int = 15

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

// --- Shared tier: Azure Cache for Redis, private, TLS only ---

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-${name}'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        vnetAddressPrefix
      ]
    }
    subnets: [
      {
        // The Web App's outbound traffic (VNet integration): delegated to App Service.
        name: 'app'
        properties: {
          addressPrefix: cidrSubnet(vnetAddressPrefix, 24, 0)
          delegations: [
            {
              name: 'web'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: cidrSubnet(vnetAddressPrefix, 24, 1)
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: 'redis-${name}-${uniqueString(resourceGroup().id, name)}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: redisSku
      family: redisSku == 'Premium' ? 'P' : 'C'
      capacity: redisCapacity
    }
    // TLS only (port 6380), TLS 1.2 at least; no access from the internet, only through the private endpoint.
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Disabled'
    redisVersion: '6'
    // When memory runs short, keys that expire soonest go first: cached answers (minutes) before watches (days).
    // Persistence (Premium only) snapshots the cache, watches included, to the storage account below.
    redisConfiguration: union(
      { 'maxmemory-policy': 'volatile-ttl' },
      redisPersistence
        ? {
            'rdb-backup-enabled': 'true'
            'rdb-backup-frequency': '60'
            'rdb-backup-max-snapshot-count': '1'
            'rdb-storage-connection-string': 'DefaultEndpointsProtocol=https;AccountName=${redisBackup.name};AccountKey=${redisBackup.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
          }
        : {}
    )
  }
}

// Where Redis writes its snapshots (only with redisPersistence): the key stays inside the deployment.
resource redisBackup 'Microsoft.Storage/storageAccounts@2023-05-01' = if (redisPersistence) {
  name: 'strdb${uniqueString(resourceGroup().id, name)}'
  location: location
  tags: tags
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource redisDns 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.redis.cache.windows.net'
  location: 'global'
  tags: tags
}

resource redisDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: redisDns
  name: 'link-${name}'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

resource redisEndpoint 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-redis-${name}'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: '${vnet.id}/subnets/private-endpoints'
    }
    privateLinkServiceConnections: [
      {
        name: 'redis'
        properties: {
          privateLinkServiceId: redis.id
          groupIds: [
            'redisCache'
          ]
        }
      }
    ]
  }
}

// <name>.redis.cache.windows.net resolves to the private endpoint's address inside the VNet.
resource redisEndpointDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-09-01' = {
  parent: redisEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'redis'
        properties: {
          privateDnsZoneId: redisDns.id
        }
      }
    ]
  }
}

// The access key never leaves Azure Resource Manager and Key Vault: it is written into the secret here and read by
// the app as a Key Vault reference. The key is URI-encoded: base64 keys may hold '/', '+' and '='.
resource redisUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'RedisUrl'
  properties: {
    value: 'rediss://:${uriComponent(redis.listKeys().primaryKey)}@${redis.properties.hostName}:6380'
    contentType: 'REDIS_URL of the bot: Azure Cache for Redis over TLS, with its access key'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
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
    // Outbound traffic goes through the VNet, where Redis has its private endpoint.
    virtualNetworkSubnetId: '${vnet.id}/subnets/app'
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
      vnetRouteAllEnabled: true
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
          name: 'REDIS_URL'
          value: '@Microsoft.KeyVault(SecretUri=${redisUrlSecret.properties.secretUri})'
        }
        {
          name: 'PARTNER_CENTER_BUDGET_PER_MINUTE'
          value: string(partnerCenterBudgetPerMinute)
        }
        {
          name: 'CUSTOMER_DIRECTORY_REFRESH_MINUTES'
          value: string(customerDirectoryRefreshMinutes)
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
  // Redis must resolve to its private address before the first instance connects.
  dependsOn: [
    secretsUser
    redisEndpointDns
    redisDnsLink
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
output redisHostName string = redis.properties.hostName
output identityClientId string = identity.properties.clientId
