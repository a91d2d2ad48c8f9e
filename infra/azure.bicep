// PPM Assistant in Azure: one Linux App Service (Node 20) that serves the bot, the tab and its API,
// a Storage account whose Table service holds all state, and a SingleTenant Azure Bot with the
// Teams channel. Deployed by `arm/deploy` in m365agents.yml; every output below is written back
// to env/.env.<env> under the same name.

@description('Prefix of every resource name; a hash of the resource group keeps names unique.')
@minLength(3)
@maxLength(8)
param resourceBaseName string = 'ppm'

@description('App Service plan SKU; B1 is the smallest with Always On, which the usage sync timer needs.')
param webAppSku string = 'B1'

param location string = resourceGroup().location

@maxLength(42)
param botDisplayName string

@description('Client id of the bot\'s single-tenant Entra app (BOT_ID).')
param botAadAppClientId string

@secure()
param botAadAppClientSecret string

@description('The Entra tenant of the bot app, which is also the Microsoft 365 tenant this deployment serves.')
param botTenantId string

@description('Client id of the Entra app for tab SSO and app-only Microsoft Graph (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@secure()
param aadAppClientSecret string

param aadAppTenantId string

param aadAppOauthAuthorityHost string

var name = toLower('${resourceBaseName}${uniqueString(resourceGroup().id)}')

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: name
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        { // azureAppService/zipDeploy ships a built folder
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'MODE'
          value: 'azure'
        }
        {
          name: 'TENANT_ID'
          value: botTenantId
        }
        {
          name: 'BOT_ID'
          value: botAadAppClientId
        }
        {
          name: 'BOT_PASSWORD'
          value: botAadAppClientSecret
        }
        {
          name: 'BOT_TYPE'
          value: 'SingleTenant'
        }
        {
          name: 'BOT_TENANT_ID'
          value: botTenantId
        }
        {
          name: 'AAD_APP_CLIENT_ID'
          value: aadAppClientId
        }
        {
          name: 'AAD_APP_CLIENT_SECRET'
          value: aadAppClientSecret
        }
        {
          name: 'AAD_APP_TENANT_ID'
          value: aadAppTenantId
        }
        {
          name: 'AAD_APP_OAUTH_AUTHORITY_HOST'
          value: aadAppOauthAuthorityHost
        }
        {
          name: 'STORAGE_CONNECTION_STRING'
          value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
        }
      ]
    }
  }
}

// New multi-tenant bot registrations are closed (architecture "Tenancy"): the bot is SingleTenant.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
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
  }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
